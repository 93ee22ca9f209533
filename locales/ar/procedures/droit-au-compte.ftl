# إجراء «الحق في حساب بنكي» (بنك فرنسا).
droit-au-compte-title = الحق في حساب بنكي
droit-au-compte-summary = يرفض بنكٌ فتح حساب أو لا يجيب: يعيّن بنك فرنسا بنكاً مُلزَماً بفتح الحساب مع الخدمات البنكية الأساسية المجانية.
droit-au-compte-audience = كل شخص له عنوان في فرنسا وليس له حساب ودائع، ولو من دون بطاقة إقامة ومع عنوان توطين.
droit-au-compte-keywords = بنك حساب بنكي فتح حساب بطاقة رفض بنك فرنسا banque compte

droit-au-compte-law-droit = لكل شخص له عنوان في فرنسا وليس له حساب ودائع الحقُّ في حساب. لا تُشترط بطاقة إقامة: يكفي عنوان التوطين.
droit-au-compte-law-silence = إذا لم يجب البنك خلال 15 يوماً من تاريخ إشعار الاستلام أو من إيداع الطلب في الشباك، يُعدّ سكوته رفضاً. وعليه حينئذ أن يسلّم شهادة رفض.
droit-au-compte-law-compte-cloture = الشخص الذي أغلق البنكُ حسابَه الوحيد يُعدّ بلا حساب منذ استلامه قرار الإغلاق.
droit-au-compte-law-pieces = يطلب بنك فرنسا: وثيقة هوية من الوجهين (فرنسية أو أجنبية، ويُقبل وصل طلب بطاقة الإقامة)، وإثبات السكن أو شهادة التوطين، ورفض البنك أو إشعار استلام الطلب الذي مضى عليه أكثر من 15 يوماً.
droit-au-compte-law-banque-designee = يحدّد البنك الذي عيّنه بنك فرنسا الوثائق المطلوبة خلال 3 أيام عمل، ثم يفتح الحساب خلال 3 أيام عمل من استلامها.

droit-au-compte-step-situation = وضع الشخص
droit-au-compte-step-demande = الطلب المقدَّم إلى البنك
droit-au-compte-step-reponse = ردّ البنك
droit-au-compte-step-saisine = اللجوء إلى بنك فرنسا

droit-au-compte-q-civilite = في الرسائل، يكتب الشخص:
droit-au-compte-q-civilite-madame = «Je soussignée» (سيدة، صيغة المؤنث في الرسالة)
droit-au-compte-q-civilite-monsieur = «Je soussigné» (سيد، صيغة المذكر في الرسالة)
droit-au-compte-q-civilite-non-precise = دون تحديد
droit-au-compte-q-nom = اسم العائلة
droit-au-compte-q-prenoms = الاسم الشخصي
droit-au-compte-q-adresse = العنوان أو عنوان التوطين
droit-au-compte-q-fin_domiciliation = تاريخ انتهاء صلاحية شهادة التوطين (إن كان الشخص موطَّناً)
droit-au-compte-q-compte_existant = هل لدى الشخص حساب بنكي في فرنسا؟
droit-au-compte-q-compte_cloture = هل أغلق البنكُ هذا الحساب (الوحيد)؟
droit-au-compte-q-heberge = هل يقيم الشخص عند أحد الأفراد؟
droit-au-compte-q-nom_banque = اسم البنك المطلوب منه
droit-au-compte-q-adresse_agence = عنوان الفرع
droit-au-compte-q-mode_demande = كيف قُدِّم الطلب؟
droit-au-compte-q-mode_demande-lrar = رسالة مضمونة مع إشعار بالاستلام
droit-au-compte-q-mode_demande-guichet = إيداع في الشباك مع إثبات الإيداع
droit-au-compte-q-numero_lrar = رقم الرسالة المضمونة
droit-au-compte-q-date_ar = تاريخ إشعار الاستلام الذي وقّعه البنك
droit-au-compte-q-date_depot = تاريخ الإيداع في الشباك
droit-au-compte-q-reponse_banque = بماذا ردّ البنك؟
droit-au-compte-q-reponse_banque-attente = لا شيء بعد، لم تمضِ 15 يوماً
droit-au-compte-q-reponse_banque-aucune = لا ردّ بعد 15 يوماً
droit-au-compte-q-reponse_banque-refus = رفض
droit-au-compte-q-reponse_banque-ouverture = فُتح الحساب
droit-au-compte-q-date_refus = تاريخ الرفض
droit-au-compte-q-date_refus-invalid = لا يمكن أن يكون الرفض سابقاً للطلب.
droit-au-compte-q-attestation_refus = هل سلّم البنك شهادة رفض؟
droit-au-compte-q-adresse_bdf = عنوان فرع بنك فرنسا (أو شبّاكه)
droit-au-compte-q-mode_saisine = كيف سيُسلَّم الطلب إلى بنك فرنسا؟
droit-au-compte-q-mode_saisine-lrar = رسالة مضمونة مع إشعار بالاستلام
droit-au-compte-q-mode_saisine-guichet = إيداع في شباك بنك فرنسا
droit-au-compte-q-numero_lrar_bdf = رقم الرسالة المضمونة إلى بنك فرنسا (إن كان معروفاً)

droit-au-compte-doc-piece_identite = وثيقة هوية من الوجهين (جواز سفر، بطاقة هوية، وصل طلب بطاقة الإقامة…)
droit-au-compte-doc-justificatif_domicile = إثبات سكن لا يتجاوز عمره 3 أشهر أو شهادة التوطين
droit-au-compte-doc-attestation_refus_banque = شهادة الرفض المكتوبة التي سلّمها البنك
droit-au-compte-doc-preuve_demande = إشعار استلام الرسالة المضمونة، أو إثبات إيداع الطلب في الشباك (من دون شهادة رفض مكتوبة، يمكن اللجوء إلى بنك فرنسا ابتداءً من اليوم السادس عشر)
droit-au-compte-doc-formulaire_bdf = استمارة «Demande de droit au compte» (طلب الحق في حساب) من بنك فرنسا، مملوءة وموقَّعة
droit-au-compte-doc-lettre_hebergeant = رسالة موقَّعة من الشخص المستضيف
droit-au-compte-doc-identite_hebergeant = وثيقة هوية الشخص المستضيف
droit-au-compte-doc-domicile_hebergeant = إثبات سكن الشخص المستضيف لا يتجاوز عمره 3 أشهر

droit-au-compte-letter-demande-ouverture = طلب فتح حساب لدى البنك
droit-au-compte-letter-saisine-bdf = طلب الحق في حساب لدى بنك فرنسا

droit-au-compte-next-deja-titulaire = لدى الشخص حساب: لا ينطبق الحق في حساب. إذا جمّد البنك هذا الحساب، اسألوه عن الخدمات البنكية الأساسية.
droit-au-compte-next-attendre = انتظروا انقضاء 15 يوماً بعد إشعار الاستلام أو الإيداع: الأجل مُتابَع في قائمة الآجال. إن لم يردّ البنك، يمكن اللجوء إلى بنك فرنسا ابتداءً من اليوم السادس عشر.
droit-au-compte-next-saisir-bdf = قدّموا الطلب إلى بنك فرنسا (بالبريد أو في الشباك) مع استمارة الحق في حساب والوثائق المذكورة. يعيّن بنكاً خلال يوم عمل واحد.
droit-au-compte-next-compte-ouvert = فُتح الحساب: تحقّقوا من مجانية الخدمات البنكية الأساسية (بطاقة، تحويلات، شيكان بنكيان في الشهر).

## ورقة الشرح التي تُسلَّم إلى الشخص، واحدة لكل رسالة. تواريخ الآجال
## تأتي من حساب الآجال؛ وما دام تاريخ البداية غير معروف، تحلّ محلّها
## عبارة «تاريخ سيُحسَب».

droit-au-compte-explain-demande-ouverture-asks = تطلب هذه الرسالة من بنك { $nom_banque } أن يفتح لكم حساباً بنكياً. كل شخص يعيش في فرنسا وليس له حساب له الحق في حساب، حتى من دون بطاقة إقامة.
droit-au-compte-explain-demande-ouverture-to =
    الرسالة موجَّهة إلى فرع { $nom_banque }، { $adresse_agence }. { $mode_demande ->
        [guichet] سلّموها في الشباك، واطلبوا إثباتاً مؤرَّخاً بأنكم سلّمتموها.
       *[other] تُرسَل برسالة مضمونة مع إشعار بالاستلام.
    }
droit-au-compte-explain-demande-ouverture-next =
    أمام البنك 15 يوماً للردّ. { $mode_demande ->
        [guichet] إذا لم يردّ بعد هذه الأيام الخمسة عشر (التاريخ: { $deadline-silence-banque-guichet })، فسكوته يُعدّ رفضاً.
       *[other] إذا لم يردّ بعد هذه الأيام الخمسة عشر (التاريخ: { $deadline-silence-banque-lrar })، فسكوته يُعدّ رفضاً.
    } إذا رفض، يجب عليه أن يعطيكم شهادة رفض. عندها يمكنكم أن تطلبوا من بنك فرنسا (Banque de France) أن يختار بنكاً مُلزَماً بفتح حساب لكم: عودوا إلينا ومعكم هذه الشهادة.
droit-au-compte-explain-demande-ouverture-keep =
    احتفظوا بنسخة من هذه الرسالة. { $mode_demande ->
        [guichet] واحتفظوا أيضاً بالإثبات المؤرَّخ للإيداع.
       *[other] واحتفظوا أيضاً بوصل الإرسال، ثم بإشعار الاستلام الذي يوقّعه البنك.
    } فهي تُثبت تاريخ طلبكم: سيطلبها بنك فرنسا.

droit-au-compte-explain-saisine-bdf-asks = تطلب هذه الرسالة من بنك فرنسا (Banque de France) أن يختار بنكاً يكون مُلزَماً بفتح حساب لكم، مع الخدمات البنكية الأساسية المجانية (بطاقة دفع، تحويلات، شيكان بنكيان في الشهر).
droit-au-compte-explain-saisine-bdf-to =
    الرسالة موجَّهة إلى بنك فرنسا (Banque de France)، { $adresse_bdf }، ومعها استمارة الطلب ونسخ من وثائقكم. { $mode_saisine ->
        [guichet] سلّموها في الشباك، واطلبوا إثباتاً مؤرَّخاً بأنكم سلّمتموها.
       *[other] تُرسَل برسالة مضمونة مع إشعار بالاستلام.
    }
droit-au-compte-explain-saisine-bdf-next = يختار بنك فرنسا بنكاً خلال يوم عمل واحد بعد استلام ملفكم كاملاً. يكتب إليكم هذا البنك خلال 3 أيام عمل ليقول لكم ما الوثائق التي يجب أن تحضروها، ثم يفتح الحساب خلال 3 أيام عمل بعد استلامها. أجيبوا البنك بسرعة: إذا بقيتم 6 أشهر دون أن تجيبوا، يصبح هذا الاختيار غير صالح.
droit-au-compte-explain-saisine-bdf-keep = احتفظوا بنسخة من هذه الرسالة، ومن الاستمارة والوثائق، وبإثبات الإرسال أو الإيداع، وبرسالة بنك فرنسا التي تذكر البنك المختار.

## الآجال (لوحة الآجال، مسار الملف)
droit-au-compte-deadline-silence-banque-lrar = نهاية مهلة رد البنك (15 يوماً بعد إشعار الاستلام): سكوته يُعدّ رفضاً
droit-au-compte-deadline-silence-banque-guichet = نهاية مهلة رد البنك (15 يوماً بعد الإيداع): سكوته يُعدّ رفضاً
droit-au-compte-deadline-designation-bdf = يجب أن يكون بنك فرنسا قد عيّن بنكاً (يوم عمل واحد بعد اكتمال الملف)
