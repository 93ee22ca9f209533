# إجراء «تجديد أُودع في الوقت دون شهادة تمديد دراسة الطلب (API)».
anef-attestation-prolongation-title = تجديد بطاقة الإقامة: لا توجد شهادة تمديد دراسة الطلب (API)
anef-attestation-prolongation-summary = أُودع طلب التجديد قبل انتهاء صلاحية البطاقة، لكن المحافظة (préfecture) لم تسلّم أي شهادة تمديد دراسة الطلب (attestation de prolongation de l'instruction، API)، أو انتهت صلاحية الشهادة دون تجديدها: اطلبوا من المحافظ (préfet) تسليمها فوراً، وتابعوا الرفض الضمني بعد 4 أشهر.
anef-attestation-prolongation-audience = كل شخص أجنبي طلب في الوقت المحدد تجديد بطاقة إقامته، ولم يتلقَّ أي ردّ بعد، وبقي دون وثيقة تثبت أن إقامته قانونية.
anef-attestation-prolongation-keywords = شهادة تمديد تجديد بطاقة إقامة منتهية محافظة حقوق موقوفة عمل مشغّل أوراق API attestation de prolongation d'instruction renouvellement titre de séjour préfecture ANEF CAF France Travail employeur

anef-attestation-prolongation-law-api = عندما يكون طلب التجديد كاملاً ومودَعاً في الوقت المحدد، ولا يزال قيد الدراسة عند انتهاء صلاحية البطاقة، يجب على المحافظ أن يوفّر شهادة تمديد دراسة الطلب (API). مدة صلاحيتها ثلاثة أشهر على الأكثر، وتُجدَّد ما دام المحافظ لم يتخذ قراره. ومع البطاقة المنتهية الصلاحية، تثبت هذه الشهادة أن الإقامة قانونية.
anef-attestation-prolongation-law-silence = طلب بطاقة الإقامة الذي يبقى دون ردّ مدة أربعة أشهر يُعدّ مرفوضاً ضمنياً، حتى لو سُلّمت شهادات API خلال هذه المدة.
anef-attestation-prolongation-law-refere = في حالة الاستعجال، يمكن لقاضي الأمور المستعجلة (juge des référés) في المحكمة الإدارية (tribunal administratif) أن يأمر المحافظة بتسليم شهادة API أو تجديدها (référé « mesures utiles »).

anef-attestation-prolongation-step-personne = الشخص
anef-attestation-prolongation-step-demande = التجديد وشهادة API
anef-attestation-prolongation-step-consequences = العواقب
anef-attestation-prolongation-step-envoi = الإرسال

anef-attestation-prolongation-q-nom = اسم العائلة
anef-attestation-prolongation-q-prenoms = الاسم الشخصي
anef-attestation-prolongation-q-civilite = في الرسالة، يكتب الشخص:
anef-attestation-prolongation-q-civilite-madame = «Je soussignée» (سيدة، صيغة المؤنث في الرسالة)
anef-attestation-prolongation-q-civilite-monsieur = «Je soussigné» (سيد، صيغة المذكر في الرسالة)
anef-attestation-prolongation-q-civilite-non-precise = دون تحديد
anef-attestation-prolongation-q-date_naissance = تاريخ الميلاد
anef-attestation-prolongation-q-nationalite = الجنسية
anef-attestation-prolongation-q-adresse = العنوان أو عنوان التوطين
anef-attestation-prolongation-q-numero_etranger = رقم الأجنبي (numéro étranger، 10 أرقام، على البطاقة)، إن كان معروفاً
anef-attestation-prolongation-q-titre = أي بطاقة يُطلب تجديدها؟ (مثلاً: بطاقة إقامة مؤقتة «salarié»، أجير)
anef-attestation-prolongation-q-date_expiration = تاريخ انتهاء صلاحية البطاقة المطلوب تجديدها
anef-attestation-prolongation-q-date_depot = تاريخ إيداع طلب التجديد (على شهادة الإيداع من منصة ANEF)
anef-attestation-prolongation-q-numero_demande = رقم الطلب على منصة ANEF، إن كان معروفاً
anef-attestation-prolongation-q-pieces_manquantes = هل طلبت المحافظة وثائق ناقصة لم تُرسَل بعد؟
anef-attestation-prolongation-q-decision_recue = هل اتخذت المحافظة قرارها بالفعل (رفض، قبول، استدعاء لسحب البطاقة)؟
anef-attestation-prolongation-q-api = هل سُلّمت شهادة تمديد دراسة الطلب (API)؟
anef-attestation-prolongation-q-api-jamais = لا، أبداً
anef-attestation-prolongation-q-api-expiree = نعم، لكن صلاحيتها انتهت ولم تُجدَّد
anef-attestation-prolongation-q-api-valide = نعم، لا تزال صالحة لكنها على وشك الانتهاء
anef-attestation-prolongation-q-date_fin_api = تاريخ انتهاء صلاحية آخر شهادة API
anef-attestation-prolongation-q-perte_droits = هل فقد الشخص حقوقاً بسبب غياب الوثيقة (CAF، France Travail، المشغّل، البنك…)؟
anef-attestation-prolongation-q-pertes = ما الذي فُقد، ولدى أي جهة، ومنذ متى (مثلاً: la CAF a suspendu les allocations familiales depuis le 5 novembre 2026) — يُكتب بالفرنسية في الرسالة كما هو
anef-attestation-prolongation-q-departement = مقاطعة (département) المحافظة
anef-attestation-prolongation-q-adresse_prefecture = عنوان مصلحة الأجانب (service des étrangers)، مع اسم المصلحة
anef-attestation-prolongation-q-numero_lrar = رقم الرسالة المضمونة (إن كان معروفاً)

anef-attestation-prolongation-doc-identite = جواز السفر أو وثيقة الهوية
anef-attestation-prolongation-doc-titre_expire = البطاقة المطلوب تجديدها (حتى لو انتهت صلاحيتها)
anef-attestation-prolongation-doc-preuve_depot = شهادة إيداع طلب التجديد (ANEF)
anef-attestation-prolongation-doc-api_precedente = آخر شهادة تمديد دراسة الطلب (API)
anef-attestation-prolongation-doc-preuves_pertes = الرسائل التي تثبت الحقوق المفقودة (CAF، France Travail، المشغّل…)

anef-attestation-prolongation-letter-demande-api = طلب إلى المحافظ: تسليم شهادة تمديد دراسة الطلب (API)

anef-attestation-prolongation-next-envoyer = أرسلوا الطلب إلى المحافظ برسالة مضمونة مع إشعار بالاستلام، وأيضاً عبر استمارة الاتصال في منصة ANEF أو بالبريد الإلكتروني إلى مصلحة الأجانب. احتفظوا معكم بشهادة الإيداع والبطاقة المنتهية الصلاحية.
anef-attestation-prolongation-next-hors-delai = أُودع الطلب بعد انتهاء صلاحية البطاقة: في هذه الحالة لا تُستحق شهادة API ولا تُقترح هذه الرسالة. توجّهوا إلى جمعية متخصصة أو إلى محامٍ.
anef-attestation-prolongation-next-pieces = أرسلوا أولاً الوثائق التي طلبتها المحافظة واحتفظوا بإثبات الإرسال: شهادة API لا تُستحق إلا لطلب كامل.
anef-attestation-prolongation-next-decision = اتخذت المحافظة قرارها: هذه الرسالة لم تعد مناسبة. يُطعن في الرفض أمام المحكمة الإدارية في الأجل المذكور في القرار؛ توجّهوا إلى جمعية أو محامٍ دون انتظار.
anef-attestation-prolongation-next-silence = إذا لم يصل أي ردّ بعد أربعة أشهر من الإيداع، يُعدّ طلب التجديد مرفوضاً ضمنياً، حتى لو سُلّمت شهادات API: ويمكن الطعن في هذا الرفض أمام المحكمة الإدارية. عودوا إلينا قبل هذا التاريخ.
anef-attestation-prolongation-next-refere = فُقدت حقوق بالفعل: إذا لم يصل ردّ سريع، يمكن لجمعية أو لمحامٍ رفع الأمر إلى قاضي الأمور المستعجلة في المحكمة الإدارية («mesures utiles»). واعرضوا أيضاً البطاقة المنتهية الصلاحية وشهادة الإيداع على CAF أو France Travail أو المشغّل.

## الآجال
anef-attestation-prolongation-deadline-rejet-implicite-titre = إذا لم تُجب المحافظة، يُعدّ طلب التجديد مرفوضاً ضمنياً (4 أشهر بعد الإيداع)

## ورقة الشرح التي تُسلَّم إلى الشخص.
anef-attestation-prolongation-explain-demande-api-asks = تطلب هذه الرسالة من المحافظ (préfet) أن يسلّمكم فوراً شهادة تمديد دراسة الطلب (attestation de prolongation de l'instruction، API). هذه الوثيقة، مع بطاقتكم المنتهية الصلاحية، تثبت أن إقامتكم قانونية ما دامت المحافظة تدرس طلب التجديد.
anef-attestation-prolongation-explain-demande-api-to = تُرسَل برسالة مضمونة مع إشعار بالاستلام إلى مصلحة الأجانب (service des étrangers) في المحافظة (préfecture) ({ $departement }).
anef-attestation-prolongation-explain-demande-api-next = يجب على المحافظة أن تسلّمكم شهادة API، لكن لا يوجد أجل محدد للردّ على هذه الرسالة. إذا لم يحدث شيء، يمكن لجمعية أو لمحامٍ أن يطلب من القاضي إلزام المحافظة بتسليمها. انتبهوا: إذا لم تُجب المحافظة، يُعدّ طلب التجديد مرفوضاً ابتداءً من { $deadline-rejet-implicite-titre }، أي بعد أربعة أشهر من الإيداع، حتى لو سُلّمت لكم شهادة API. ويمكن الطعن في هذا الرفض أمام المحكمة الإدارية (tribunal administratif). إذا كان هذا التاريخ قريباً أو قد مضى، توجّهوا بسرعة إلى جمعية أو إلى محامٍ.
anef-attestation-prolongation-explain-demande-api-keep = احتفظوا بنسخة من هذه الرسالة، وبوصل الإرسال، وبإشعار الاستلام الموقَّع، وبشهادة إيداع طلبكم، وبالبطاقة المنتهية الصلاحية.
