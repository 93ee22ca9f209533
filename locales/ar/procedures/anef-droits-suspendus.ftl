# إجراء «بطاقة انتهت صلاحيتها أثناء التجديد: حقوق مقطوعة (CAF، France Travail، المشغّل)».
anef-droits-suspendus-title = بطاقة الإقامة انتهت صلاحيتها أثناء التجديد: CAF أو France Travail أو المشغّل أوقف كل شيء
anef-droits-suspendus-summary = طُلب التجديد في الوقت المحدد، ولدى الشخص شهادة تمديد دراسة الطلب (attestation de prolongation de l'instruction، API)، أو بطاقة مقيم (carte de résident) انتهت صلاحيتها منذ أقل من ثلاثة أشهر. ومع ذلك علّقت CAF المنح، أو أغلقت France Travail التسجيل، أو علّق المشغّل عقد العمل. رسائل تطلب إعادة الحقوق ودفع المبالغ المستحقة.
anef-droits-suspendus-audience = كل شخص أجنبي يجري تجديد بطاقة إقامته، وقُطعت منحه أو تسجيله لدى France Travail أو أجره لأن البطاقة انتهت صلاحيتها.
anef-droits-suspendus-keywords = بطاقة منتهية الصلاحية تجديد شهادة تمديد وصل منح موقوفة إعانة السكن بطالة شطب تسجيل مشغّل أجر عقد معلّق فصل عمل مبالغ مستحقة ANEF API attestation de prolongation d'instruction titre expiré renouvellement récépissé CAF allocations suspendues APL RSA prime d'activité France Travail radiation cessation d'inscription chômage employeur salaire contrat suspendu licenciement travail rappel

anef-droits-suspendus-law-api = أثناء دراسة طلب تجديد قُدّم في الوقت المحدد، تسلّم المحافظة (préfecture) شهادة تمديد دراسة الطلب (API). ومع البطاقة المنتهية الصلاحية، تثبت هذه الشهادة أن الإقامة قانونية خلال التواريخ المذكورة فيها، وتُجدَّد ما دامت المحافظة لم تتخذ قرارها.
anef-droits-suspendus-law-delai-renouvellement = يُطلب التجديد بين أربعة أشهر وشهرين قبل انتهاء صلاحية البطاقة بالنسبة للبطاقات التي تُطلب على منصة ANEF، وخلال الشهرين السابقين لانتهاء صلاحيتها بالنسبة للبطاقات الأخرى.
anef-droits-suspendus-law-recepisse = بالنسبة للطلبات المقدّمة عبر الإنترنت، تحلّ شهادة API محلّ وصل طلب التجديد القديم (récépissé)، وهو من ضمن قائمة الوثائق التي تقبلها CAF لإثبات قانونية الإقامة.
anef-droits-suspendus-law-cartes-longues = الشخص الذي لديه بطاقة مقيم (carte de résident)، أو بطاقة متعددة السنوات لمدة أربع سنوات (carte pluriannuelle)، أو بطاقة إقامة لأكثر من سنة ينصّ عليها اتفاق دولي، وطلب تجديدها في الوقت المحدد، يثبت قانونية إقامته بالبطاقة المنتهية الصلاحية مدة ثلاثة أشهر. ويحتفظ بكل حقوقه الاجتماعية وبحق العمل خلال هذه الأشهر الثلاثة.
anef-droits-suspendus-law-prestations = المنح العائلية (prestations familiales) مستحقة للشخص الأجنبي المقيم بصفة قانونية، عن كل شهر تكون لديه فيه إحدى الوثائق الواردة في القائمة الرسمية.
anef-droits-suspendus-law-travail = شهادة API المسلَّمة أثناء التجديد تسمح بالعمل عندما كانت البطاقة المنتهية الصلاحية تسمح به.
anef-droits-suspendus-law-france-travail = يمكن لـ France Travail أن تتحقق مباشرة لدى الدولة من مرحلة التجديد. وللاعتراض على إنهاء التسجيل، يجب أولاً اللجوء إلى وسيط France Travail (médiateur) قبل التوجّه إلى المحكمة الإدارية (tribunal administratif).
anef-droits-suspendus-law-employeur = لا يجوز للمشغّل أن يُبقي في العمل أجيراً ليس لديه إذن بالعمل. لكن الشخص الذي لديه شهادة API (أو بطاقة طويلة المدة انتهت صلاحيتها منذ أقل من ثلاثة أشهر) مسموح له بالعمل. والأجير الذي يبقى رهن إشارة مشغّله له الحق في أجره.
anef-droits-suspendus-law-cra = يُطعن في القرار المكتوب الصادر عن CAF أمام لجنة التظلّم الودّي (commission de recours amiable)، خلال شهرين.
anef-droits-suspendus-law-silence-titre = إذا لم تُجب المحافظة بعد أربعة أشهر من الإيداع، يُعدّ طلب التجديد مرفوضاً ضمنياً، حتى لو سُلّمت شهادات API خلال هذه المدة.

anef-droits-suspendus-step-personne = الشخص
anef-droits-suspendus-step-titre = البطاقة والتجديد
anef-droits-suspendus-step-caf = CAF
anef-droits-suspendus-step-france-travail = France Travail
anef-droits-suspendus-step-employeur = المشغّل

anef-droits-suspendus-q-nom = اسم العائلة
anef-droits-suspendus-q-prenoms = الاسم الشخصي
anef-droits-suspendus-q-civilite = في الرسائل، يكتب الشخص:
anef-droits-suspendus-q-civilite-madame = «Je soussignée» (سيدة، صيغة المؤنث في الرسالة)
anef-droits-suspendus-q-civilite-monsieur = «Je soussigné» (سيد، صيغة المذكر في الرسالة)
anef-droits-suspendus-q-civilite-non-precise = دون تحديد
anef-droits-suspendus-q-date_naissance = تاريخ الميلاد
anef-droits-suspendus-q-nationalite = الجنسية
anef-droits-suspendus-q-adresse = العنوان أو عنوان التوطين
anef-droits-suspendus-q-numero_etranger = رقم الأجنبي (numéro étranger، 10 أرقام، على البطاقة)، إن كان معروفاً
anef-droits-suspendus-q-titre = أي بطاقة يُطلب تجديدها؟ (مثلاً: بطاقة إقامة مؤقتة «salarié»، أجير)
anef-droits-suspendus-q-type_titre = ما نوع هذه البطاقة؟
anef-droits-suspendus-q-type_titre-carte-resident = بطاقة مقيم (carte de résident، 10 سنوات) أو بطاقة مقيم لمدة طويلة في الاتحاد الأوروبي (carte de résident de longue durée-UE)
anef-droits-suspendus-q-type_titre-pluriannuelle-4-ans = بطاقة إقامة متعددة السنوات لمدة أربع سنوات (carte de séjour pluriannuelle)
anef-droits-suspendus-q-type_titre-accord-international = بطاقة لأكثر من سنة ينصّ عليها اتفاق دولي (مثلاً شهادة الإقامة الجزائرية لعشر سنوات، certificat de résidence algérien)
anef-droits-suspendus-q-type_titre-autre = بطاقة أخرى (بطاقة لسنة واحدة، بطاقة متعددة السنوات لمدة سنتين…)
anef-droits-suspendus-q-titre_autorisait_travail = هل كانت البطاقة المنتهية الصلاحية تسمح بالعمل؟
anef-droits-suspendus-q-date_expiration = تاريخ انتهاء صلاحية البطاقة
anef-droits-suspendus-q-date_depot = تاريخ إيداع طلب التجديد (على شهادة الإيداع من منصة ANEF)
anef-droits-suspendus-q-depot_dans_delai = هل يقع هذا التاريخ بين اليوم 120 واليوم 60 قبل انتهاء صلاحية البطاقة (بالنسبة لبطاقة لا تُطلب على منصة ANEF: خلال الشهرين السابقين لانتهاء صلاحيتها)؟
anef-droits-suspendus-q-decision_recue = هل اتخذت المحافظة قرارها بالفعل (رفض، قبول، استدعاء لسحب البطاقة)؟
anef-droits-suspendus-q-api = هل لدى الشخص شهادة تمديد دراسة الطلب (API)؟
anef-droits-suspendus-q-api-valide = نعم، لا تزال صالحة اليوم
anef-droits-suspendus-q-api-expiree = انتهت صلاحيتها ولم تُجدَّد
anef-droits-suspendus-q-api-jamais = لا، أبداً
anef-droits-suspendus-q-moins_trois_mois = هل انتهت صلاحية البطاقة منذ أقل من ثلاثة أشهر؟
anef-droits-suspendus-q-date_debut_api = تاريخ بداية أول شهادة API (إذا تتابعت عدة شهادات دون انقطاع)
anef-droits-suspendus-q-date_debut_api-invalid = لا يمكن أن تبدأ شهادة API قبل إيداع طلب التجديد.
anef-droits-suspendus-q-date_fin_api = تاريخ انتهاء صلاحية شهادة API الحالية
anef-droits-suspendus-q-date_fin_api-invalid = يجب أن يكون تاريخ الانتهاء بعد تاريخ البداية.
anef-droits-suspendus-q-caf_coupee = هل أوقفت CAF دفع مبالغ (المنح العائلية، APL، RSA، منحة النشاط prime d'activité)؟
anef-droits-suspendus-q-numero_allocataire = رقم المستفيد (numéro d'allocataire)، إن كان معروفاً
anef-droits-suspendus-q-prestations = ما المنح الموقوفة؟ تُكتب بالفرنسية في الرسالة (مثلاً: «allocations familiales, aide au logement»)
anef-droits-suspendus-q-date_arret_caf = منذ أي تاريخ توقّف الدفع؟
anef-droits-suspendus-q-decision_caf_ecrite = هل أرسلت CAF قراراً مكتوباً (رسالة أو رسالة في الفضاء الشخصي «Mon Compte»)؟
anef-droits-suspendus-q-date_decision_caf = تاريخ هذا القرار
anef-droits-suspendus-q-voies_delais_caf = هل يذكر القرار كيفية الطعن فيه وفي أي أجل؟
anef-droits-suspendus-q-adresse_caf = عنوان CAF (مع اسمها، مثلاً: CAF de la Seine-Saint-Denis)
anef-droits-suspendus-q-france_travail_coupe = هل أغلقت France Travail التسجيل أو أوقفت المنحة؟
anef-droits-suspendus-q-mesure_france_travail = ماذا فعلت France Travail؟
anef-droits-suspendus-q-mesure_france_travail-cessation-inscription = أنهت التسجيل كطالب عمل
anef-droits-suspendus-q-mesure_france_travail-allocation-arretee = التسجيل مستمر، لكن منحة البطالة لم تعد تُدفع
anef-droits-suspendus-q-identifiant_france_travail = المعرّف لدى France Travail (identifiant)، إن كان معروفاً
anef-droits-suspendus-q-date_arret_france_travail = منذ أي تاريخ؟
anef-droits-suspendus-q-allocation = هل كان الشخص يتقاضى منحة بطالة عند إغلاق التسجيل؟
anef-droits-suspendus-q-adresse_france_travail = عنوان وكالة France Travail (مع اسمها، مثلاً: France Travail Saint-Denis Pleyel)
anef-droits-suspendus-q-employeur_concerne = هل أوقف المشغّل العمل أو هدّد بإيقافه بسبب البطاقة المنتهية الصلاحية؟
anef-droits-suspendus-q-situation_emploi = ما الوضع مع المشغّل؟
anef-droits-suspendus-q-situation_emploi-suspendu = علّق العقد أو لم يعد يشغّل الشخص
anef-droits-suspendus-q-situation_emploi-menace = يعلن أنه سيعلّق العقد أو ينهيه
anef-droits-suspendus-q-situation_emploi-licencie = فصل الشخص بالفعل
anef-droits-suspendus-q-date_arret_travail = منذ أي تاريخ لم يعد الشخص يعمل أو لم يعد يتقاضى أجره؟
anef-droits-suspendus-q-poste = الوظيفة التي يشغلها، تُكتب بالفرنسية في الرسالة (مثلاً: «agent de propreté en CDI»)
anef-droits-suspendus-q-adresse_employeur = اسم المشغّل وعنوانه
anef-droits-suspendus-q-numero_lrar = رقم الرسالة المضمونة إلى المشغّل (إن كان معروفاً)

anef-droits-suspendus-doc-preuve_depot = شهادة إيداع طلب التجديد (ANEF)
anef-droits-suspendus-doc-titre_expire = بطاقة الإقامة المنتهية الصلاحية
anef-droits-suspendus-doc-api = شهادة تمديد دراسة الطلب (API)، والشهادات السابقة إن كانت هناك عدة شهادات
anef-droits-suspendus-doc-decision_caf = القرار المكتوب الصادر عن CAF
anef-droits-suspendus-doc-courrier_france_travail = رسالة France Travail (بريدية أو إلكترونية)
anef-droits-suspendus-doc-contrat_travail = عقد العمل
anef-droits-suspendus-doc-bulletins_salaire = آخر كشوف الأجر

anef-droits-suspendus-letter-courrier-caf = رسالة إلى CAF: إعادة المنح ودفع الأشهر المستحقة
anef-droits-suspendus-letter-courrier-france-travail = رسالة إلى France Travail: إعادة التسجيل والمنحة
anef-droits-suspendus-letter-courrier-employeur = رسالة إلى المشغّل: الحق في العمل أثناء التجديد

anef-droits-suspendus-next-envoyer = أرسلوا كل رسالة برسالة مضمونة مع إشعار بالاستلام، مع نسخة من شهادة الإيداع والبطاقة المنتهية الصلاحية وشهادة API. وأودعوها أيضاً في الفضاء الإلكتروني للجهة المعنية إن كان لها فضاء، واحتفظوا بالإثباتات.
anef-droits-suspendus-next-api-d-abord = دون شهادة API صالحة اليوم، لا شيء يثبت أن الشخص في وضع قانوني حالياً: اطلبوا أولاً شهادة API من المحافظ (إجراء «تجديد بطاقة الإقامة: لا توجد شهادة تمديد دراسة الطلب (API)»)، ثم عودوا إلى هنا ومعكم الشهادة لإعداد الرسائل.
anef-droits-suspendus-next-hors-delai = طُلب التجديد بعد انتهاء صلاحية البطاقة: لا تُستحق شهادة API ولا الأشهر الثلاثة الخاصة بالبطاقات الطويلة المدة. توجّهوا إلى جمعية أو إلى محامٍ بشأن وضع الإقامة.
anef-droits-suspendus-next-decision = اتخذت المحافظة قرارها. إذا كان رفضاً، يُطعن فيه أمام المحكمة الإدارية بسرعة: توجّهوا إلى جمعية أو محامٍ. وإذا مُنحت البطاقة، أرسلوها فوراً إلى CAF وFrance Travail والمشغّل، واطلبوا المبالغ المستحقة عن الأشهر التي تغطيها شهادة API.
anef-droits-suspendus-next-cra = أرسلت CAF قراراً مكتوباً: إذا لم تُعِد الحقوق، فاطعنوا فيه أمام لجنة التظلّم الودّي التابعة لها (إجراء «الطعن في قرار من صندوق المنح العائلية (CAF) أو من الصندوق الأولي للتأمين الصحي (CPAM)») قبل التاريخ المذكور في الآجال. بالنسبة لـ RSA، يُوجَّه التظلّم إلى رئيس المجلس الإقليمي (إجراء «الطعن في قرار بشأن دخل التضامن النشط (RSA)»).
anef-droits-suspendus-next-mediateur = إذا لم تُعِد France Travail التسجيل، فالجؤوا إلى وسيطها الجهوي (médiateur régional): هذا إلزامي قبل المحكمة الإدارية.
anef-droits-suspendus-next-sans-autorisation-travail = البطاقة المنتهية الصلاحية لم تكن تسمح بالعمل: وشهادة API لا تسمح به أيضاً، ولذلك لا تُقترح الرسالتان إلى France Travail وإلى المشغّل.
anef-droits-suspendus-next-licencie = فُصل الشخص بالفعل: الرسالة إلى المشغّل لم تعد كافية. توجّهوا بسرعة إلى نقابة أو جمعية أو محامٍ للطعن في الفصل أمام مجلس منازعات العمل (conseil de prud'hommes)، مع شهادة الإيداع وشهادة API.
anef-droits-suspendus-next-silence = إذا لم تُجب المحافظة، يُعدّ طلب التجديد مرفوضاً ضمنياً بعد أربعة أشهر من الإيداع، حتى مع وجود شهادة API. راقبوا تاريخ انتهاء شهادة API: إذا لم تُجدَّد، اطلبوها من المحافظ دون انتظار.

## الآجال
anef-droits-suspendus-deadline-recours-cra = الطعن في قرار CAF أمام لجنة التظلّم الودّي (إجراء «الطعن في قرار من صندوق المنح العائلية (CAF) أو من الصندوق الأولي للتأمين الصحي (CPAM)»)
anef-droits-suspendus-deadline-rejet-implicite-titre = إذا لم تُجب المحافظة، يُعدّ طلب التجديد مرفوضاً ضمنياً (4 أشهر بعد الإيداع)

## ورقة الشرح التي تُسلَّم إلى الشخص.
anef-droits-suspendus-explain-courrier-caf-asks = تطلب هذه الرسالة من CAF أن تدفع لكم الأشهر التي لم تُدفع{ $couvert_aujourdhui ->
        [true] {""} وأن تعود إلى دفع منحكم
       *[other] {""}
    }. وتشرح أن { $api ->
        [valide] شهادة API، مع بطاقتكم المنتهية الصلاحية، تثبت أن إقامتكم قانونية أثناء التجديد.
       *[other] بطاقتكم المنتهية الصلاحية تثبت أن إقامتكم قانونية خلال الأشهر الثلاثة التي تلي انتهاءها، لأنكم طلبتم تجديدها في الوقت المحدد.
    }
anef-droits-suspendus-explain-courrier-caf-to = تُرسَل برسالة مضمونة مع إشعار بالاستلام إلى CAF التي تتبعونها. ويمكنكم أيضاً إيداعها في فضائكم الإلكتروني على موقع CAF.
anef-droits-suspendus-explain-courrier-caf-next = إذا لم تُجب CAF أو رفضت، وكانت قد أرسلت لكم قراراً مكتوباً، فلا تتركوا أجل اللجوء إلى لجنة التظلّم الودّي يمضي. وعندما تُسلَّم لكم شهادة API جديدة، أرسلوها أيضاً إلى CAF.
anef-droits-suspendus-explain-courrier-caf-keep = احتفظوا بنسخة من هذه الرسالة، وبوصل الإرسال، وبإشعار الاستلام الموقَّع، وبشهادة الإيداع، وببطاقتكم المنتهية الصلاحية، وبكل شهادات API إن كانت لديكم.
anef-droits-suspendus-explain-courrier-france-travail-asks = تطلب هذه الرسالة من France Travail { $mesure_france_travail ->
        [cessation-inscription] أن تعيد تسجيلكم دون انقطاع.
       *[other] أن تعود إلى دفع منحتكم.
    } وتشرح أن { $api ->
        [valide] شهادة API تسمح لكم بالعمل أثناء التجديد.
       *[other] بطاقتكم المنتهية الصلاحية تسمح لكم بالعمل خلال الأشهر الثلاثة التي تلي انتهاءها.
    }
anef-droits-suspendus-explain-courrier-france-travail-to = تُرسَل برسالة مضمونة مع إشعار بالاستلام إلى وكالة France Travail التي تتبعونها. ويمكنكم أيضاً إرسالها عبر خدمة الرسائل في فضائكم الشخصي.
anef-droits-suspendus-explain-courrier-france-travail-next = إذا لم تُعِد France Travail تسجيلكم، يجب اللجوء إلى وسيطها (médiateur) قبل أن تتمكنوا من التوجّه إلى المحكمة. يمكن لجمعية أن تساعدكم.
anef-droits-suspendus-explain-courrier-france-travail-keep = احتفظوا بنسخة من هذه الرسالة، وبوصل الإرسال، وبإشعار الاستلام الموقَّع، وبشهادة الإيداع، وببطاقتكم المنتهية الصلاحية، وبكل شهادات API إن كانت لديكم.
anef-droits-suspendus-explain-courrier-employeur-asks = تُبيّن هذه الرسالة لمشغّلكم أن لكم الحق في العمل أثناء التجديد. { $situation_emploi ->
        [suspendu] وتطلب منه أن يترككم تعودون إلى عملكم وأن يدفع الأجر الذي لم يُدفع لكم.
       *[other] وتطلب منه أن يحتفظ بعقدكم وأن يواصل تشغيلكم.
    }
anef-droits-suspendus-explain-courrier-employeur-to = تُرسَل برسالة مضمونة مع إشعار بالاستلام إلى مشغّلكم. وسلّموه أيضاً نسخة من وثائقكم يداً بيد، مقابل توقيعه إن أمكن.
anef-droits-suspendus-explain-courrier-employeur-next = احضروا إلى العمل وابقوا رهن إشارة مشغّلكم. لا توقّعوا أي اتفاق على تعليق العقد أو على المغادرة. إذا رفض أو فصلكم، توجّهوا بسرعة إلى نقابة أو جمعية أو محامٍ.
anef-droits-suspendus-explain-courrier-employeur-keep = احتفظوا بنسخة من هذه الرسالة، وبوصل الإرسال، وبإشعار الاستلام الموقَّع، وبعقدكم، وبكشوف أجركم، وبشهادة الإيداع، وبكل شهادات API إن كانت لديكم.
