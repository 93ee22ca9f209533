# إجراء «رفض العلاج لأسباب تمييزية» (refus de soins discriminatoire).
refus-de-soins-title = رفض العلاج لأسباب تمييزية
refus-de-soins-summary = طبيب أو طبيب أسنان أو مقدّم علاج آخر يرفض العلاج بسبب المساعدة الطبية للدولة (AME) أو التغطية الصحية التكميلية التضامنية (CSS) أو بسبب الأصل: شكوى إلى مدير الصندوق الأولي للتأمين الصحي (CPAM) أو إلى هيئة المهنة (Ordre)، وعليهما تنظيم جلسة مصالحة (conciliation).
refus-de-soins-audience = كل شخص رفض أحد مهنيي الصحة علاجه أو إعطاءه موعداً، بما في ذلك عبر الإنترنت.
refus-de-soins-keywords = صحة طبيب طبيب أسنان علاج موعد حجز موعد عبر الإنترنت رفض المساعدة الطبية للدولة التغطية الصحية التكميلية التضامنية تمييز شكوى هيئة المهنة مصالحة AME CSS CPAM Ordre Doctolib refus de soins complémentaire santé solidaire

refus-de-soins-law-interdiction = لا يجوز لمهنيّ الصحة أن يرفض علاج شخص لأنه يستفيد من المساعدة الطبية للدولة (AME) أو من التغطية الصحية التكميلية التضامنية (CSS)، ولا لسبب تمييزي (الأصل مثلاً). تُقدَّم الشكوى إلى مدير الصندوق الأولي للتأمين الصحي (CPAM) أو إلى رئيس هيئة المهنة (Ordre).
refus-de-soins-law-definition = كل وسيلة لمنع الوصول إلى العلاج أو للتثبيط عنه تُعدّ رفضاً للعلاج: مثلاً وضع عقبات أمام الحصول على موعد.
refus-de-soins-law-procedure = خلال 8 أيام بعد استلام الشكوى، تُشعر الجهة المختصة باستلامها وتُحيلها؛ ويمكن استدعاء المهنيّ خلال شهر؛ وتُعقد جلسة المصالحة خلال 3 أشهر.
refus-de-soins-law-conseils = تُوجَّه الشكوى إلى المجلس الإقليمي (conseil départemental) للأطباء وأطباء الأسنان والقابلات والممرضين والمعالجين الفيزيائيين؛ أما بالنسبة للصيدلية، فإلى المجلس الجهوي لهيئة الصيادلة: لا يوجد مجلس إقليمي للصيادلة.
refus-de-soins-law-langue = رفض شخص لأنه لا يتقن الفرنسية تمييزٌ يمنعه القانون الجنائي، مثل الأصل أو الجنسية.

refus-de-soins-step-personne = الشخص
refus-de-soins-step-professionnel = المهنيّ
refus-de-soins-step-faits = الوقائع
refus-de-soins-step-plainte = الشكوى

refus-de-soins-q-nom = اسم العائلة
refus-de-soins-q-prenoms = الاسم الشخصي
refus-de-soins-q-civilite = في الرسالة، يكتب الشخص:
refus-de-soins-q-civilite-madame = «Je soussignée» (سيدة، صيغة المؤنث في الرسالة)
refus-de-soins-q-civilite-monsieur = «Je soussigné» (سيد، صيغة المذكر في الرسالة)
refus-de-soins-q-civilite-non-precise = دون تحديد
refus-de-soins-q-adresse = العنوان أو عنوان التوطين
refus-de-soins-q-patient = من الذي رُفض علاجه؟
refus-de-soins-q-patient-moi = الشخص نفسه
refus-de-soins-q-patient-enfant = طفله (يقدّم الوالد الشكوى)
refus-de-soins-q-nom_enfant = اسم الطفل ولقبه
refus-de-soins-q-nom_professionnel = اسم المهنيّ أو العيادة
refus-de-soins-q-profession = المهنة
refus-de-soins-q-profession-medecin = طبيب (médecin)
refus-de-soins-q-profession-chirurgien-dentiste = طبيب أسنان (chirurgien-dentiste)
refus-de-soins-q-profession-sage-femme = قابلة (sage-femme)
refus-de-soins-q-profession-infirmier = ممرّض أو ممرّضة (infirmier ou infirmière)
refus-de-soins-q-profession-masseur-kinesitherapeute = أخصائي العلاج الطبيعي (masseur-kinésithérapeute)
refus-de-soins-q-profession-pharmacien = صيدلي (pharmacien)
refus-de-soins-q-profession-autre = مهنة صحية أخرى
refus-de-soins-q-adresse_professionnel = العنوان الذي يمارس فيه مهنته
refus-de-soins-q-departement_professionnel = المقاطعة (département) التي يمارس فيها مهنته
refus-de-soins-q-date_refus = تاريخ الرفض
refus-de-soins-q-lieu = أين وكيف؟ (في العيادة، بالهاتف، عبر الإنترنت…)
refus-de-soins-q-recit = ما الذي حدث، مع الكلمات التي قيلت إن أمكن
refus-de-soins-q-motif_invoque = ما السبب الذي قُدِّم؟
refus-de-soins-q-motif_invoque-css = التغطية الصحية التكميلية التضامنية (CSS، complémentaire santé solidaire)
refus-de-soins-q-motif_invoque-ame = المساعدة الطبية للدولة (AME، aide médicale de l'État)
refus-de-soins-q-motif_invoque-origine = الأصل
refus-de-soins-q-motif_invoque-langue = اللغة (الشخص لا يتكلم الفرنسية إلا قليلًا)
refus-de-soins-q-motif_invoque-nationalite = الجنسية
refus-de-soins-q-motif_invoque-carte-vitale = طُلبت بطاقة Vitale
refus-de-soins-q-motif_invoque-numero-provisoire = رُفض رقم الضمان الاجتماعي المؤقت (numéro d'attente)
refus-de-soins-q-motif_invoque-attestation-recente = طُلبت شهادة حقوق أحدث
refus-de-soins-q-motif_invoque-autre = سبب آخر
refus-de-soins-q-motif_invoque-aucun = لم يُقدَّم أي سبب
refus-de-soins-q-temoins = الشهود (الاسم والصفة)، إن وُجدوا
refus-de-soins-q-destinataire = إلى مَن تُوجَّه الشكوى؟
refus-de-soins-q-destinataire-cpam = إلى مدير الصندوق الأولي للتأمين الصحي (CPAM) في المقاطعة التي يمارس فيها المهنيّ
refus-de-soins-q-destinataire-ordre = إلى رئيس مجلس هيئة المهنة (conseil de l'Ordre) المعنية
refus-de-soins-q-adresse_destinataire = عنوان الجهة المرسَل إليها
refus-de-soins-q-numero_lrar = رقم الرسالة المضمونة (إن كان معروفاً)

refus-de-soins-doc-preuves = أدلة الرفض (رسائل، لقطات شاشة لحجز الموعد، مراسلات)
refus-de-soins-doc-attestation_droits = شهادة الحق (attestation de droits) في المساعدة الطبية للدولة (AME) أو في التغطية الصحية التكميلية التضامنية (CSS)
refus-de-soins-doc-temoignages = شهادات مكتوبة، مؤرَّخة وموقَّعة

refus-de-soins-letter-plainte = شكوى بسبب رفض العلاج لأسباب تمييزية

refus-de-soins-next-envoyer = أرسلوا الشكوى برسالة مضمونة مع إشعار بالاستلام. إذا لم يصل إشعار الجهة المختصة باستلام الشكوى خلال 8 أيام بعد استلامها لها، فذكّروها بذلك. ويمكن أيضاً اللجوء إلى المدافع عن الحقوق (Défenseur des droits) في الوقت نفسه.

## الآجال
refus-de-soins-deadline-accuse-reception = يجب أن تكون الجهة المختصة قد أشعرت باستلام الشكوى وأحالتها (8 أيام)
refus-de-soins-deadline-convocation = يمكن استدعاء المهنيّ (شهر واحد بعد الاستلام)
refus-de-soins-deadline-conciliation = يجب أن تكون جلسة المصالحة قد عُقدت (3 أشهر بعد الاستلام)

## ورقة الشرح التي تُسلَّم إلى الشخص.
refus-de-soins-explain-plainte-asks = هذه الرسالة شكوى ضد { $nom_professionnel } بسبب رفض علاجكم في { $date_refus }. يُمنع رفض علاج شخص بسبب المساعدة الطبية للدولة (AME) أو التغطية الصحية التكميلية التضامنية (CSS) أو بسبب لغته أو أصله أو جنسيته.
refus-de-soins-explain-plainte-to =
    تُرسَل برسالة مضمونة مع إشعار بالاستلام { $destinataire ->
        [ordre] إلى رئيس مجلس هيئة المهنة (Ordre) المعنية.
       *[other] إلى مدير الصندوق الأولي للتأمين الصحي (CPAM، caisse primaire d'assurance maladie).
    }
refus-de-soins-explain-plainte-next = يجب على الجهة المختصة أن تُجيب بأنها استلمت الشكوى وأن تُحيلها خلال 8 أيام (التاريخ: { $deadline-accuse-reception }). يمكن استدعاء المهني خلال شهر (التاريخ: { $deadline-convocation }). يجب أن تُعقد جلسة مصالحة خلال 3 أشهر (التاريخ: { $deadline-conciliation }). ستتلقّون الدعوة إليها قبل 15 يوماً على الأقل. ويمكنكم أيضاً الكتابة إلى المدافع عن الحقوق (Défenseur des droits).
refus-de-soins-explain-plainte-keep = احتفظوا بنسخة من هذه الرسالة ومن الأدلة، وبوصل الإرسال، وبإشعار الاستلام الموقَّع، وبكل الردود التي تتلقّونها.
