# إجراء «المحافظة / ANEF: طلب عالق».
prefecture-anef-title = المحافظة (préfecture) أو منصة ANEF: طلب بطاقة إقامة عالق
prefecture-anef-summary = يستحيل الحصول على موعد أو إيداع الطلب عبر الإنترنت (ANEF، المنصة الرقمية الخاصة بالأجانب): اطلبوا من المحافظ (préfet) الحلّ البديل (solution de substitution)، وسجّلوا المحاولات في كشف مؤرَّخ (من أجل دعوى استعجالية، référé « mesures utiles »)، وتابعوا الرفض الضمني بعد 4 أشهر من إيداع الطلب.
prefecture-anef-audience = كل شخص أجنبي يجب عليه طلب بطاقة إقامة أو تجديدها ولا يستطيع التقدّم بسبب الخدمة الإلكترونية أو عدم توفّر المواعيد.
prefecture-anef-keywords = محافظة دائرة فرعية بطاقة إقامة سند إقامة تجديد موعد خدمة إلكترونية موقع عالق عطل خطأ عبر الإنترنت أجانب شهادة تمديد وصل دعوى استعجالية تدابير مفيدة حلّ بديل أوراق préfecture sous-préfecture titre de séjour carte de séjour rendez-vous téléservice étrangers ANEF API récépissé référé mesures utiles solution de substitution papiers

prefecture-anef-law-teleservice = تُقدَّم طلبات بطاقات الإقامة عبر الإنترنت. ومن لا يستطيع القيام بذلك وحده له الحق في الاستقبال والمرافقة؛ ومن جرّب كل شيء، بما في ذلك هذه المرافقة، ولا يزال لا يستطيع استعمال الخدمة الإلكترونية بسبب طريقة عملها، له الحق في حلّ بديل: استقبال حضوري يسجّل طلبه.
prefecture-anef-law-arrete = تمرّ المرافقة عبر مركز الاتصال بالمواطنين (centre de contact citoyens، CCC) التابع للوكالة الوطنية للوثائق المؤمَّنة (ANTS)، بالهاتف أو بالاستمارة، وعبر نقاط الاستقبال الرقمي (points d'accueil numérique) في المحافظات. ثم تدعو المحافظة الشخص إلى إيداع طلبه بطريقة أخرى.
prefecture-anef-law-conseil-etat = قضى مجلس الدولة (Conseil d'État)، سنة 2022، بأن فرض الخدمة الإلكترونية دون حلّ بديل غير قانوني (قرار صادر عن تشكيلة Section بتاريخ 3 يونيو 2022، رقم 452798).
prefecture-anef-law-rendez-vous = بالنسبة لتصريح إقامة لا يُطلب عبر ANEF، لا يمكن للمحافظة أن تفرض حجز الموعد عبر الإنترنت (رأي مجلس الدولة بتاريخ 3 يونيو 2022، رقم 461694).
prefecture-anef-law-guichet = التصريح الذي لا يُطلب عبر الإنترنت يُطلب في المحافظة أو في المحافظة الفرعية؛ وفي باريس، في محافظة الشرطة.
prefecture-anef-law-paris = في باريس، محافظ الشرطة هو الذي يسلّم تصاريح الإقامة.
prefecture-anef-law-silence = طلب بطاقة الإقامة الذي أُودع وبقي بلا ردّ مدة أربعة أشهر يُعدّ مرفوضاً ضمنياً، حتى لو استمر تسليم شهادات التمديد (API).
prefecture-anef-law-tribunal = يمكن الطعن في هذا الرفض الناتج عن السكوت أمام المحكمة الإدارية خلال الشهرين التاليين، مع إرفاق ما يثبت تاريخ الإيداع. ولا يُحتجّ بهذا الأجل على الشخص إلا إذا ذكر إشعار استلام الطلب طرق الطعن وآجاله.
prefecture-anef-law-sans-avocat = العريضة التي تطلب فقط إلغاء رفض (دعوى تجاوز السلطة) لا تحتاج إلى محامٍ: يمكن للشخص أن يكتبها ويودعها بنفسه.
prefecture-anef-law-dossier-incomplet = إذا طلبت المحافظة وثائق ناقصة، يتوقف أجل الأشهر الأربعة إلى حين استلامها؛ والسكوت على ملف ناقص لا يُعدّ رفضًا للبطاقة بل رفضًا لتسجيل الملف.
prefecture-anef-law-refere = في حالة الاستعجال، يمكن لقاضي الأمور المستعجلة (juge des référés) في المحكمة الإدارية (tribunal administratif) أن يأمر المحافظة بإعطاء موعد أو بتسجيل الطلب، حتى دون قرار مسبق (référé « mesures utiles »).
prefecture-anef-law-aide-juridictionnelle = في حالة الاستعجال، يمكن للقاضي أن يمنح فورًا مساعدة قضائية مؤقتة: تتحمّل الدولة مصاريف الدعوى، وأتعاب محامٍ إن رغب الشخص في ذلك. تُطلب في العريضة نفسها.
prefecture-anef-law-preuves = يطلب القاضي إثبات عدة محاولات لم تُجرَ كلها في الأسبوع نفسه: وقد اعتُبرت بضع لقطات شاشة على مدى خمسة أيام غير كافية.
prefecture-anef-law-urgence = بالنسبة إلى التجديد، يُفترض الاستعجال مبدئياً؛ أما بالنسبة إلى الطلب الأول، فيجب إثبات وضع خاص. ولا يوجد استعجال إذا لم ينفّذ الشخص إلزاماً بمغادرة التراب الفرنسي.

prefecture-anef-step-personne = الشخص
prefecture-anef-step-demande = الطلب العالق
prefecture-anef-step-envoi = الإرسال
prefecture-anef-step-juge = القاضي (الأمور المستعجلة أو المحكمة)

prefecture-anef-q-nom = اسم العائلة
prefecture-anef-q-prenoms = الاسم الشخصي
prefecture-anef-q-civilite = في الرسالة، يكتب الشخص:
prefecture-anef-q-civilite-madame = «Je soussignée» (سيدة، صيغة المؤنث في الرسالة)
prefecture-anef-q-civilite-monsieur = «Je soussigné» (سيد، صيغة المذكر في الرسالة)
prefecture-anef-q-civilite-non-precise = دون تحديد
prefecture-anef-q-date_naissance = تاريخ الميلاد
prefecture-anef-q-nationalite = الجنسية
prefecture-anef-q-adresse = العنوان أو عنوان التوطين
prefecture-anef-q-numero_etranger = رقم الأجنبي (numéro étranger، 10 أرقام، على البطاقة أو على الوصل)، إن وُجد
prefecture-anef-q-demarche = ما نوع الطلب؟
prefecture-anef-q-demarche-premiere-demande = طلب أول لبطاقة الإقامة
prefecture-anef-q-demarche-renouvellement = تجديد
prefecture-anef-q-titre = أي بطاقة؟ (مثلاً: بطاقة إقامة مؤقتة «salarié»، أجير)
prefecture-anef-q-date_expiration = تاريخ انتهاء صلاحية البطاقة الحالية
prefecture-anef-q-depot_en_ligne = هل يُطلب هذا التصريح بالإقامة عبر الإنترنت على منصة ANEF؟
prefecture-anef-q-depot_en_ligne-anef = نعم، على ANEF (administration-etrangers-en-france.interieur.gouv.fr)
prefecture-anef-q-depot_en_ligne-hors-anef = لا: يُطلب في المحافظة (بموعد أو في الشباك)
prefecture-anef-q-depot_en_ligne-ne-sait-pas = لا أعرف
prefecture-anef-q-blocage = ما الذي يعرقل الطلب؟
prefecture-anef-q-blocage-rendez-vous = لا يُقترح أي موعد
prefecture-anef-q-blocage-teleservice = الخدمة الإلكترونية ANEF لا تسمح بإيداع الطلب
prefecture-anef-q-description_blocage = ما الذي يحدث في كل محاولة (رسالة الخطأ، المرحلة التي يتوقف فيها)
prefecture-anef-q-date_premiere_tentative = تاريخ المحاولة الأولى
prefecture-anef-q-accompagnement = هل اتصل الشخص بمركز اتصال المواطنين (CCC) التابع لـ ANTS، بالهاتف أو عبر الاستمارة الإلكترونية؟
prefecture-anef-q-date_ccc = تاريخ أول اتصال بمركز اتصال المواطنين
prefecture-anef-q-reference_ccc = المرجع الذي أعطاه مركز اتصال المواطنين (بين معقوفين في ردّه)، إن وُجد
prefecture-anef-q-point_accueil = هل توجّه الشخص إلى نقطة الاستقبال الرقمي في المحافظة؟
prefecture-anef-q-date_point_accueil = تاريخ التوجّه إلى نقطة الاستقبال الرقمي
prefecture-anef-q-aide_par = من يساعد الشخص في هذا الإجراء؟ (مثلًا: l'association Exemple، le centre social de …) — يُكتب في الرسالة كما هو
prefecture-anef-q-circonstances_urgence = الظروف التي تجعل الطلب مستعجلًا (الصحة، العمل، الأطفال، حقوق ستضيع)، إن وُجدت
prefecture-anef-q-demande_deposee = هل أمكن إيداع الطلب؟
prefecture-anef-q-date_depot = تاريخ إيداع الطلب
prefecture-anef-q-departement = مقاطعة (département) المحافظة
prefecture-anef-q-adresse_prefecture = عنوان مصلحة الأجانب، مع اسم المصلحة (مثلًا: Direction des migrations et de l'intégration, 21 avenue …)
prefecture-anef-q-numero_lrar = رقم الرسالة المضمونة (إن كان معروفاً)
prefecture-anef-q-substitution_envoyee = هل أُرسل الطلب إلى المحافظ (الحل البديل أو الموعد)؟
prefecture-anef-q-date_envoi_substitution = تاريخ إرسال هذا الطلب
prefecture-anef-q-reponse_prefet = بماذا ردّت المحافظة؟
prefecture-anef-q-reponse_prefet-aucune = لا شيء: لا رد
prefecture-anef-q-reponse_prefet-renvoi-teleservice = تكتفي بإحالة الشخص إلى موقع ANEF أو إلى مركز اتصال المواطنين
prefecture-anef-q-reponse_prefet-rendez-vous = أعطت موعدًا أو سجّلت الطلب
prefecture-anef-q-reponse_prefet-refus-ecrit = رفضت كتابيًا
prefecture-anef-q-reponse_demande = منذ الإيداع، ماذا فعلت المحافظة؟
prefecture-anef-q-reponse_demande-aucune = لا شيء، أو فقط شهادات تمديد (API) أو وصولات
prefecture-anef-q-reponse_demande-pieces-demandees = طلبت وثائق ناقصة
prefecture-anef-q-reponse_demande-refus-ecrit = رفضت كتابيًا
prefecture-anef-q-reponse_demande-titre-delivre = منحت البطاقة
prefecture-anef-q-accuse_voies_delais = هل تذكر شهادة الإيداع أو إشعار الاستلام طرق الطعن وآجاله؟
prefecture-anef-q-motif_contestation = لماذا يحق للشخص هذه البطاقة (منذ متى يعيش في فرنسا، عمله، أسرته، صحته…) — تُكتب كما هي في العريضة
prefecture-anef-q-adresse_tribunal = عنوان كتابة ضبط المحكمة الإدارية إن لم يعطه التطبيق (على موقع المحكمة أو في رسالة منها) — وإلا فاتركه فارغًا
prefecture-anef-q-aide_juridictionnelle = هل تُطلب المساعدة القضائية المؤقتة في العريضة (موارد ضعيفة)؟

prefecture-anef-doc-releve_tentatives = الكشف المؤرَّخ للمحاولات (يُستخرَج من سجلّ هذا الملف)
prefecture-anef-doc-captures = لقطات الشاشة المؤرَّخة (رسالة الخطأ، عنوان الموقع، التاريخ والساعة)
prefecture-anef-doc-identite = جواز السفر أو وثيقة الهوية
prefecture-anef-doc-titre_actuel = بطاقة الإقامة الحالية (أو الوصل «récépissé»، أو شهادة API)
prefecture-anef-doc-echanges_ccc = المراسلات مع مركز الاتصال بالمواطنين أو مع نقطة الاستقبال الرقمي
prefecture-anef-doc-dossier = وثائق طلب البطاقة
prefecture-anef-doc-preuve_depot = إثبات إيداع الطلب: شهادة الإيداع على ANEF أو وصل أو إشعار استلام
prefecture-anef-doc-api_recues = شهادات التمديد (API) أو الوصولات المستلمة منذ الإيداع
prefecture-anef-doc-demande_envoyee = نسخة الطلب المرسل إلى المحافظ، مع إيصال الإرسال وإشعار الاستلام

prefecture-anef-letter-demande-substitution = طلب إلى المحافظ: حلّ بديل عن الخدمة الإلكترونية
prefecture-anef-letter-refere-mesures-utiles = عريضة إلى قاضي الأمور المستعجلة في المحكمة الإدارية (« mesures utiles »)

prefecture-anef-next-journal = سجّلوا كل محاولة في سجلّ الملف، مع التاريخ والساعة والوسيلة ولقطة شاشة. واصلوا على مدى عدة أسابيع مختلفة: هذا ما يتحقّق منه القاضي.
prefecture-anef-next-accompagnement = قبل كل شيء، اتصلوا بمركز اتصال المواطنين (بالهاتف أو بالاستمارة الإلكترونية) وبنقطة الاستقبال الرقمي في المحافظة، واحتفظوا بردودهم: بدون هذه الخطوات قد يُرفض الحل البديل، ولا تُقترح الرسالة إلى المحافظ بعد (إلا إذا فُرض حجز موعد عبر الإنترنت لتصريح لا يُطلب عبر ANEF).
prefecture-anef-next-envoyer = أرسلوا الطلب إلى المحافظ برسالة مضمونة مع إشعار بالاستلام، وأيضاً بالبريد الإلكتروني إلى مصلحة الأجانب (service des étrangers)، مع إرفاق كشف المحاولات.
prefecture-anef-next-refere = إن لم يأتِ رد سريع، ولا سيما إذا كانت بطاقة الإقامة ستنتهي قريبًا، يمكن للشخص أن يلجأ بنفسه ودون محامٍ إلى قاضي الأمور المستعجلة في المحكمة الإدارية (« mesures utiles »): تُقترح العريضة هنا بعد إرسال الطلب إلى المحافظ وبقائه دون نتيجة. ويمكن أيضًا لجمعية أو محامٍ أن يتولّى ذلك. ويمكن اللجوء إلى المدافع عن الحقوق في الوقت نفسه.
prefecture-anef-next-refere-pret = بقي الطلب الموجّه إلى المحافظ دون نتيجة: يمكن طباعة العريضة إلى قاضي الأمور المستعجلة (« mesures utiles ») مع السجل المؤرَّخ للمحاولات مرفقًا بها. يمكن للشخص أن يودعها بنفسه دون محامٍ، ويمكن لجمعية أو محامٍ أن يتولّاها ويودعها.
prefecture-anef-next-refere-sans-urgence = في الطلب الأول، يشترط قاضي الأمور المستعجلة استعجالًا خاصًا (الصحة، العمل، الأطفال، حقوق على وشك الضياع). لم يُذكر أيّ منها: لذلك لا تُقترح العريضة. إن وُجد وضع كهذا فاذكره في خطوة « الطلب المتعثّر »، وإلا فاستشر جمعية أو محاميًا.
prefecture-anef-next-refus-ecrit = رفضت المحافظة كتابيًا: هذا الرفض قرار. يُطعن فيه أمام المحكمة الإدارية في الأجل المذكور في الرسالة (شهران عادةً)، وربما مع طلب استعجالي لوقف التنفيذ: استشر جمعية أو محاميًا دون تأخير، واطلب المساعدة القضائية.
prefecture-anef-next-silence = يُعدّ الطلب المُودَع مرفوضاً ضمنياً بعد أربعة أشهر دون ردّ، حتى لو استمر تسليم شهادات API: تُقترح هنا حينئذ العريضة إلى المحكمة الإدارية ضد هذا الرفض؛ يمكن للشخص أن يودعها بنفسه دون محامٍ، ويمكن لجمعية أو محامٍ أن يتولّاها.
prefecture-anef-next-pieces-demandees = طلبت المحافظة وثائق: أرسلوها في أقرب وقت واحتفظوا بإثبات الإرسال. وما دامت ناقصة، يتوقف أجل الأشهر الأربعة، ولا يُطعن في السكوت على ملف ناقص كرفض للبطاقة: لذلك لا تُقترح العريضة؛ راجعوا جمعية أو محاميًا إذا بقيت المحافظة ساكتة بعد استكمال الملف.
prefecture-anef-next-titre-delivre = مُنحت البطاقة: اذهبوا لاستلامها واحتفظوا بالقرار. لا شيء آخر للقيام به هنا.
prefecture-anef-next-refus-ecrit-titre = رفضت المحافظة البطاقة كتابيًا. قد يجب الطعن في هذا الرفض، خاصة إذا أمر بمغادرة فرنسا، في أجل أقصر من شهرين: راجعوا اليوم نفسه جمعية أو محاميًا، مع الرسالة وظرفها، واطلبوا المساعدة القضائية.

## الآجال
prefecture-anef-deadline-rejet-implicite-titre = إذا لم تُجب المحافظة، يُعدّ طلب البطاقة مرفوضاً ضمنياً (4 أشهر بعد الإيداع)
prefecture-anef-deadline-tribunal-titre = آخر يوم لوصول العريضة ضد الرفض الضمني إلى المحكمة الإدارية

## ورقة الشرح التي تُسلَّم إلى الشخص.
prefecture-anef-explain-demande-substitution-asks = تطلب هذه الرسالة من المحافظ (préfet) أن يستقبلكم لتسجيل طلب بطاقة الإقامة الخاص بكم بطريقة أخرى غير الإنترنت، لأن الموقع لا يعمل بالنسبة إليكم رغم جهودكم.
prefecture-anef-explain-demande-substitution-to = تُرسَل برسالة مضمونة مع إشعار بالاستلام إلى مصلحة الأجانب (service des étrangers) في المحافظة (préfecture) ({ $departement })، مع القائمة المؤرَّخة لمحاولاتكم.
prefecture-anef-explain-demande-substitution-next =
    لا يوجد أجل يُلزم المحافظة بالردّ بسرعة. واصلوا المحاولة وسجّلوا كل محاولة (التاريخ، الساعة، لقطة الشاشة)، على مدى عدة أسابيع. إذا لم يصل ردّ، عودوا إلينا: يمكنكم أن تطلبوا بأنفسكم من القاضي إلزام المحافظة باستقبالكم، أو يتولّى ذلك جمعية أو محامٍ. { $demande_deposee ->
        [true] سيُعدّ طلبكم المُودَع من قبلُ مرفوضاً في { $deadline-rejet-implicite-titre } إذا لم تُجب المحافظة: عودوا إلينا قبل هذا التاريخ.
       *[other] {""}
    }
prefecture-anef-explain-demande-substitution-keep = احتفظوا بنسخة من هذه الرسالة، وبوصل الإرسال، وبإشعار الاستلام الموقَّع، وبكل لقطات الشاشة، وبردود مركز الاتصال بالمواطنين (centre de contact citoyens).
prefecture-anef-explain-refere-mesures-utiles-asks = تطلب هذه العريضة من قاضي الأمور المستعجلة في المحكمة الإدارية أن يأمر المحافظة بأن { $rendez_vous_hors_anef ->
        [true] تعطيكم موعدًا
       *[other] تستقبلكم
    } لتسجيل طلب بطاقة الإقامة. إنها إجراء سريع مخصّص للحالات المستعجلة، ويمكنكم القيام به دون محامٍ.
prefecture-anef-explain-refere-mesures-utiles-to = تُوجَّه إلى { $court-ta }: { $court-ta-address }. الأسرع أن تودعوها في كتابة ضبط المحكمة (الاستقبال) التي تعطيكم إيصالًا؛ وإلا فأرسلوها برسالة مضمونة مع إشعار بالاستلام، واكتبوا « Référé » على الظرف. أرفقوا نسخة من العريضة ومن كل وثيقة. ويمكن أيضًا إرسالها عبر موقع Télérecours citoyens، لكن ذلك ليس إلزاميًا.
prefecture-anef-explain-refere-mesures-utiles-next = تكتب إليكم المحكمة أو تتصل بكم لتحديد موعد الجلسة، وغالبًا ما يكون ذلك خلال أيام: أبقوا هاتفكم مفتوحًا وتفقّدوا بريدكم. احضروا الجلسة ومعكم وثيقة هوية والأصول. يمكن لجمعية أو محامٍ أن يتولّى العريضة في أي وقت ويرافقكم إلى الجلسة. وفي الأثناء واصلوا تسجيل كل محاولة على الموقع.
prefecture-anef-explain-refere-mesures-utiles-keep = احتفظوا بنسخة من العريضة ومن كل الوثائق، وبإيصال كتابة الضبط أو البريد، وبكل رسالة من المحكمة.
prefecture-anef-letter-requete-refus-implicite = عريضة إلى المحكمة الإدارية ضد الرفض الضمني للبطاقة
prefecture-anef-explain-requete-refus-implicite-asks = تطلب هذه العريضة من المحكمة الإدارية إلغاء رفض طلب بطاقة إقامتكم، الناتج عن سكوت المحافظة، وأن تأمر المحافظ بمنحكم البطاقة أو بإعادة دراسة طلبكم. يمكنكم القيام بذلك دون محامٍ.
prefecture-anef-explain-requete-refus-implicite-to = تُوجَّه إلى { $court-ta }: { $court-ta-address }. أودعوها في كتابة ضبط المحكمة (الاستقبال) التي تعطيكم إيصالًا، أو أرسلوها مبكرًا برسالة مضمونة مع إشعار بالاستلام: العبرة بتاريخ وصولها إلى المحكمة لا بتاريخ البريد. أرفقوا نسخة من العريضة ومن كل وثيقة. ويمكن أيضًا إرسالها عبر موقع Télérecours citoyens، لكن ذلك ليس إلزاميًا.
prefecture-anef-explain-requete-refus-implicite-next = ترسل المحكمة العريضة إلى المحافظة التي تردّ كتابيًا؛ ستتلقّون ردّها ويمكنكم الرد عليه. يستغرق ذلك غالبًا عدة أشهر. احتفظوا بكل شهادة تمديد (API) أو وصل لديكم. إن أردتم محاميًا تدفع الدولة أتعابه، فأرسلوا طلب المساعدة القضائية (الاستمارة cerfa رقم 16146) قبل الأجل: يبدأ أجل المحكمة من جديد بعد القرار في المساعدة. يمكن لجمعية أو محامٍ أن يتولّى العريضة في أي وقت، وإذا كنتم تفقدون عملكم أو حقوقكم، أن يطلب في الوقت نفسه من قاضي الأمور المستعجلة وقف تنفيذ الرفض.
prefecture-anef-explain-requete-refus-implicite-keep = احتفظوا بنسخة من العريضة ومن كل الوثائق، وبإيصال كتابة الضبط أو البريد، وبكل رسالة من المحكمة أو المحافظة.
