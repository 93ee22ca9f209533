# إجراء « لاجئ أو حماية فرعية: طلب البطاقة مغلق أو معطّل على ANEF ».
anef-protection-dossier-clos-title = لاجئ أو حماية فرعية: طلب البطاقة مغلق أو معطّل على منصة ANEF
anef-protection-dossier-clos-summary = حصل الشخص على الحماية (صفة لاجئ أو حماية فرعية)، لكن منصة ANEF أغلقت طلب بطاقته، غالبًا لأن طلبًا آخر قيد الدراسة، أو لا تسمح بإيداعه: نطلب من المحافظ تسجيله وإعطاء الوثيقة المؤقتة وإصدار البطاقة.
anef-protection-dossier-clos-audience = كل شخص اعترف له OFPRA أو CNDA بصفة اللاجئ أو منحه الحماية الفرعية، وطلب بطاقته معطّل على منصة ANEF.
anef-protection-dossier-clos-keywords = لاجئ حماية فرعية OFPRA CNDA بطاقة إقامة ANEF ملف مغلق طلب آخر قيد الدراسة صحة عمل محافظة réfugié protection subsidiaire carte de résident clôture

anef-protection-dossier-clos-law-carte-refugie = يحصل الشخص المعترف له بصفة اللاجئ على بطاقة مقيم لمدة عشر سنوات. وعلى المحافظ إصدارها خلال ثلاثة أشهر من قرار OFPRA أو CNDA.
anef-protection-dossier-clos-law-carte-subsidiaire = يحصل الشخص الذي مُنح الحماية الفرعية على بطاقة إقامة متعددة السنوات لمدة أقصاها أربع سنوات، منذ أول قبول لإقامته.
anef-protection-dossier-clos-law-attestation = بمجرد أن يقدّم اللاجئ طلب البطاقة على منصة ANEF، يضع المحافظ تحت تصرفه شهادة « reconnu réfugié » صالحة ستة أشهر وقابلة للتجديد: تثبت الإقامة النظامية وتسمح بالعمل.
anef-protection-dossier-clos-law-simultanees = يقبل مجلس الدولة أن يطلب الشخص في الوقت نفسه تصاريح إقامة من فئات مختلفة: لا شيء يفرض طلبًا واحدًا.
anef-protection-dossier-clos-law-substitution = الإيداع عبر الإنترنت إلزامي، لكن عندما لا تسمح المنصة بالإيداع، على المحافظة أن توفر حلًا آخر (استقبال يسجّل الطلب).
anef-protection-dossier-clos-law-refere = في حالة الاستعجال، يمكن لقاضي الأمور المستعجلة في المحكمة الإدارية أن يأمر المحافظة بتسجيل الطلب أو بإصدار الوثيقة المؤقتة (إجراء « التدابير المفيدة »).

anef-protection-dossier-clos-step-personne = الشخص
anef-protection-dossier-clos-step-protection = الحماية الممنوحة
anef-protection-dossier-clos-step-anef = التعطّل على منصة ANEF
anef-protection-dossier-clos-step-consequences = العواقب
anef-protection-dossier-clos-step-envoi = الإرسال

anef-protection-dossier-clos-q-nom = اسم العائلة
anef-protection-dossier-clos-q-prenoms = الأسماء الشخصية
anef-protection-dossier-clos-q-civilite = في الرسالة، يكتب الشخص:
anef-protection-dossier-clos-q-civilite-madame = « Je soussignée » (السيدة)
anef-protection-dossier-clos-q-civilite-monsieur = « Je soussigné » (السيد)
anef-protection-dossier-clos-q-civilite-non-precise = دون تحديد
anef-protection-dossier-clos-q-date_naissance = تاريخ الميلاد
anef-protection-dossier-clos-q-nationalite = الجنسية
anef-protection-dossier-clos-q-adresse = العنوان أو عنوان التوطين
anef-protection-dossier-clos-q-numero_etranger = رقم الأجنبي (10 أرقام)، إن كان معروفًا
anef-protection-dossier-clos-q-protection = ما الحماية الممنوحة؟
anef-protection-dossier-clos-q-protection-refugie = صفة اللاجئ
anef-protection-dossier-clos-q-protection-subsidiaire = الحماية الفرعية
anef-protection-dossier-clos-q-organe = من منحها؟
anef-protection-dossier-clos-q-organe-ofpra = OFPRA
anef-protection-dossier-clos-q-organe-cnda = CNDA (بعد طعن)
anef-protection-dossier-clos-q-date_decision = تاريخ قرار OFPRA أو CNDA
anef-protection-dossier-clos-q-numero_decision = رقم القرار (على رسالة OFPRA أو CNDA)، إن كان معروفًا
anef-protection-dossier-clos-q-situation = ماذا يحدث على منصة ANEF؟
anef-protection-dossier-clos-q-situation-cloture = أُودِع طلب البطاقة ثم أغلقته المنصة
anef-protection-dossier-clos-q-situation-impossible = لا تسمح المنصة بإيداع طلب البطاقة
anef-protection-dossier-clos-q-date_cloture = تاريخ الإغلاق (على رسالة المنصة أو بريدها الإلكتروني)
anef-protection-dossier-clos-q-numero_demande = رقم الطلب على المنصة، إن كان معروفًا
anef-protection-dossier-clos-q-motif = ما السبب الذي ذكرته المنصة؟
anef-protection-dossier-clos-q-motif-autre-demande = طلب آخر لتصريح إقامة قيد الدراسة (مثلًا لأسباب صحية)
anef-protection-dossier-clos-q-motif-aucun = لا سبب، أو سبب لا علاقة له بالشخص
anef-protection-dossier-clos-q-capture = هل احتُفظ بلقطة شاشة أو برسالة المنصة؟
anef-protection-dossier-clos-q-pieces_manquantes = هل طلبت المحافظة وثائق لم تُرسَل بعد؟
anef-protection-dossier-clos-q-decision_prefet = هل أرسلت المحافظة قرار رفض مكتوبًا؟
anef-protection-dossier-clos-q-perte_droits = هل فقد الشخص حقوقًا بسبب غياب الوثيقة (العمل، التكوين، CAF، France Travail، البنك…)؟
anef-protection-dossier-clos-q-pertes = ما الذي فُقد، ومع من، ومنذ متى (بالفرنسية، مثلًا: « l'inscription en formation a été refusée le 3 novembre 2026 ») — يُكتب كما هو في الرسالة
anef-protection-dossier-clos-q-departement = مقاطعة المحافظة
anef-protection-dossier-clos-q-adresse_prefecture = عنوان مصلحة الأجانب، مع اسم المصلحة
anef-protection-dossier-clos-q-numero_lrar = رقم الرسالة المضمونة (إن كان معروفًا)

anef-protection-dossier-clos-doc-identite = جواز السفر، أو أي وثيقة هوية
anef-protection-dossier-clos-doc-decision_protection = قرار OFPRA أو CNDA الذي يمنح الحماية
anef-protection-dossier-clos-doc-capture = لقطة الشاشة أو رسالة المنصة
anef-protection-dossier-clos-doc-preuves_pertes = الرسائل التي تُظهر الحقوق المفقودة (صاحب العمل، التكوين، CAF، France Travail…)

anef-protection-dossier-clos-letter-demande-enregistrement = طلب إلى المحافظ: تسجيل طلب البطاقة وإصدار الوثيقة المؤقتة

anef-protection-dossier-clos-next-envoyer = أرسل الطلب إلى المحافظ برسالة مضمونة مع إشعار بالاستلام، وأيضًا عبر استمارة الاتصال في منصة ANEF مع ذكر رقم الطلب. احتفظ معك بقرار OFPRA أو CNDA.
anef-protection-dossier-clos-next-pieces = أرسل أولًا الوثائق التي طلبتها المحافظة واحتفظ بإثبات الإرسال: هذه الرسالة تؤكد أن الملف كامل.
anef-protection-dossier-clos-next-decision = أصدرت المحافظة قرارًا مكتوبًا: هذه الرسالة لم تعد مناسبة. يُطعن فيه أمام المحكمة الإدارية في المهلة المذكورة على القرار؛ راجع جمعية أو محاميًا دون انتظار.
anef-protection-dossier-clos-next-autre-demande = الطلب الآخر قيد الدراسة (مثلًا لأسباب صحية) لا يمنع بطاقة اللاجئ أو الحماية الفرعية. قبل سحبه، تحدّث مع جمعية متخصصة: قد تبقى له فائدة.
anef-protection-dossier-clos-next-refere = فُقدت حقوق بالفعل: إن لم يأتِ رد سريع، يمكن لجمعية أو محامٍ اللجوء إلى قاضي الأمور المستعجلة في المحكمة الإدارية (« التدابير المفيدة »)، مع هذه الرسالة وإشعار استلامها.

## المواعيد
anef-protection-dossier-clos-deadline-carte-refugie = كان على المحافظة إصدار بطاقة المقيم (3 أشهر بعد قرار الحماية)

## ورقة الشرح التي تُعطى للشخص.
anef-protection-dossier-clos-explain-demande-enregistrement-asks = تطلب هذه الرسالة من المحافظ تسجيل طلب بطاقة إقامتك المعطّل على منصة ANEF، وإعطاءك الوثيقة التي تثبت إقامتك النظامية في الأثناء، ثم إصدار بطاقتك. لك الحق فيها لأن OFPRA أو CNDA منحك الحماية.
anef-protection-dossier-clos-explain-demande-enregistrement-to = تُرسَل برسالة مضمونة مع إشعار بالاستلام إلى مصلحة الأجانب في المحافظة ({ $departement }).
anef-protection-dossier-clos-explain-demande-enregistrement-next = لا توجد مهلة محددة للرد على هذه الرسالة. إن لم يتغير شيء بعد ثلاثة أسابيع من إشعار الاستلام، عد إلينا: يمكن لجمعية أو محامٍ أن يطلب من القاضي إلزام المحافظة بتسجيل طلبك.{ $motif ->
        [autre-demande] {" "}لا تتخلَّ عن طلبك الآخر قيد الدراسة قبل أن تتحدث مع جمعية.
       *[other] {""}
    }
anef-protection-dossier-clos-explain-demande-enregistrement-keep = احتفظ بنسخة من هذه الرسالة، وإيصال الإرسال، وإشعار الاستلام الموقَّع، وقرار OFPRA أو CNDA، ولقطات شاشة المنصة.
