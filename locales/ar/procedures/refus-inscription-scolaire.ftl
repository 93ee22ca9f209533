# إجراء «رفض التسجيل في المدرسة».
refus-inscription-scolaire-title = رفض التسجيل في المدرسة
refus-inscription-scolaire-summary = ترفض البلدية (الروضة أو المدرسة الابتدائية) أو الأكاديمية (الإعدادية أو الثانوية) تسجيل طفل: تظلّم ودّي وطلب تسجيل إلى المدير الأكاديمي مع نسخة إلى المحافظ.
refus-inscription-scolaire-audience = أولياء أو المسؤولون عن طفل بين 3 و16 سنة، مهما كان وضعهم الإداري أو نوع سكنهم.
refus-inscription-scolaire-keywords = مدرسة تسجيل مدرسي بلدية روضة إعدادية ثانوية طفل école mairie collège

refus-inscription-scolaire-law-obligation = التعليم إلزامي لكل طفل من 3 إلى 16 سنة.
refus-inscription-scolaire-law-inscription = على رئيس البلدية تسجيل الأطفال المقيمين في البلدية. لا يجوز أن يكون نوع سكن الأسرة سبباً للرفض. إذا رفض رئيس البلدية دون سبب مشروع، يسجّل المديرُ الأكاديمي (DASEN) الطفلَ باسم المحافظ.
refus-inscription-scolaire-law-pieces = لتسجيل طفل، لا يجوز للبلدية أن تطلب إلا: هوية الطفل، وهوية المسؤولين عنه، وإثبات السكن. إذا نقصت وثيقة، تكفي شهادة على الشرف؛ ويُثبت السكن بكل الوسائل. ولا يجوز أن يعرقل التحقق من السكن التسجيلَ.
refus-inscription-scolaire-law-attestation = وثائق الهوية المقبولة هي الواردة في القائمة الرسمية (الدفتر العائلي، بطاقة الهوية، جواز السفر…)؛ وإلا فشهادة على الشرف.
refus-inscription-scolaire-law-substitution = إذا رفض رئيس البلدية، بصفته ممثلاً للدولة، عملاً يفرضه القانون، يجوز للمحافظ بعد إنذاره أن يقوم به بنفسه أو بواسطة مندوب.
refus-inscription-scolaire-law-silence = إذا لم يصل ردّ بعد شهرين من استلام التظلّم، يُعدّ مرفوضاً؛ ويبدأ حينئذ أجل اللجوء إلى المحكمة الإدارية.
refus-inscription-scolaire-law-squat = لا يستطيع رئيس البلدية أن يرفض تسجيل طفل لأن أسرته تعيش في مسكن محتل أو حي صفيح أو سكن غير صحي (مجلس الدولة، 19 ديسمبر 2018).
refus-inscription-scolaire-law-tribunal = إذا رُفض التظلم الودي، كتابيًا أو بسكوت دام شهرين، يمكن اللجوء إلى المحكمة الإدارية (tribunal administratif) خلال شهرين؛ ويجب إرفاق قرار الرفض أو ما يثبت تاريخ استلام التظلم.
refus-inscription-scolaire-law-sans-avocat = أمام المحكمة الإدارية، لا يحتاج طلب إلغاء رفض التسجيل إلى محامٍ: يمكن للوالد أن يكتب العريضة ويودعها بنفسه.
refus-inscription-scolaire-law-refere-suspension = عندما يبقى الطفل دون مدرسة، يمكن لقاضي الأمور المستعجلة أن يوقف الرفض بصفة مستعجلة، إذا أودعت أيضًا عريضة إلغاء؛ ويمكن لجمعية أو محامٍ أن يطلب ذلك.

refus-inscription-scolaire-step-enfant = الطفل
refus-inscription-scolaire-step-famille = الأسرة
refus-inscription-scolaire-step-refus = الرفض
refus-inscription-scolaire-step-tribunal = المحكمة

refus-inscription-scolaire-q-nom_enfant = اسم عائلة الطفل
refus-inscription-scolaire-q-prenoms_enfant = الاسم الشخصي للطفل
refus-inscription-scolaire-q-date_naissance_enfant = تاريخ ميلاد الطفل
refus-inscription-scolaire-q-genre_enfant = الطفل:
refus-inscription-scolaire-q-genre_enfant-fille = بنت
refus-inscription-scolaire-q-genre_enfant-garcon = ولد
refus-inscription-scolaire-q-niveau = المستوى المطلوب
refus-inscription-scolaire-q-niveau-maternelle = الروضة
refus-inscription-scolaire-q-niveau-elementaire = المدرسة الابتدائية
refus-inscription-scolaire-q-niveau-college = الإعدادية
refus-inscription-scolaire-q-niveau-lycee = الثانوية
refus-inscription-scolaire-q-ecole_demandee = المدرسة أو المؤسسة المطلوبة (إن كانت معروفة)
refus-inscription-scolaire-q-civilite = في الرسائل، يكتب الوليّ أو المسؤول:
refus-inscription-scolaire-q-civilite-madame = «Je soussignée» (سيدة، صيغة المؤنث في الرسالة)
refus-inscription-scolaire-q-civilite-monsieur = «Je soussigné» (سيد، صيغة المذكر في الرسالة)
refus-inscription-scolaire-q-civilite-non-precise = دون تحديد
refus-inscription-scolaire-q-nom_responsable = اسم عائلة الوليّ أو المسؤول
refus-inscription-scolaire-q-prenoms_responsable = الاسم الشخصي للوليّ أو المسؤول
refus-inscription-scolaire-q-adresse = العنوان (مركز إيواء، فندق، توطين…)
refus-inscription-scolaire-q-commune = البلدية التي يقيم فيها الطفل
refus-inscription-scolaire-q-departement = المقاطعة
refus-inscription-scolaire-q-occupation_sans_titre = هل تعيش الأسرة في مسكن محتل (squat) أو حي صفيح، أو على أرض أو في مبنى مشغول دون سند؟
refus-inscription-scolaire-q-adresse_mairie = عنوان البلدية (مصلحة الشؤون المدرسية)
refus-inscription-scolaire-q-adresse_dasen = عنوان المديرية الأكاديمية (DSDEN) في المقاطعة
refus-inscription-scolaire-q-forme_refus = هل كان الرفض كتابياً أم شفهياً؟
refus-inscription-scolaire-q-forme_refus-ecrit = كتابي (رسالة، بريد إلكتروني)
refus-inscription-scolaire-q-forme_refus-oral = شفهي (في الشباك، بالهاتف)
refus-inscription-scolaire-q-date_refus = تاريخ الرفض
refus-inscription-scolaire-q-date_refus-invalid = لا يمكن أن يكون الرفض سابقاً لميلاد الطفل.
refus-inscription-scolaire-q-document_refus = الرفض الكتابي، إن كان موجوداً في سجل الشخص
refus-inscription-scolaire-q-voies_delais = هل يذكر الرفض المكتوب طرق الطعن وآجاله (لمن نتوجه، وفي أي أجل)؟
refus-inscription-scolaire-q-circonstances_refus = أين ومتى ومن الذي أبلغ الرفض؟
refus-inscription-scolaire-q-motif_refus = ما السبب المذكور؟
refus-inscription-scolaire-q-motif_refus-pieces = وثائق ناقصة
refus-inscription-scolaire-q-motif_refus-domicile = لا يوجد إثبات سكن
refus-inscription-scolaire-q-motif_refus-places = لا توجد أماكن شاغرة
refus-inscription-scolaire-q-motif_refus-aucun = لم يُذكر أي سبب
refus-inscription-scolaire-q-motif_refus-autre = سبب آخر
refus-inscription-scolaire-q-pieces_manquantes = هل تنقص وثيقة هوية أو إثبات سكن؟
refus-inscription-scolaire-q-reponse_recours = بماذا ردّ رئيس البلدية أو المدير الأكاديمي على التظلم الودي؟
refus-inscription-scolaire-q-reponse_recours-aucune = لا شيء حتى الآن (أو لم يُرسَل التظلم بعد)
refus-inscription-scolaire-q-reponse_recours-rejet-ecrit = رُفض التظلم كتابيًا
refus-inscription-scolaire-q-reponse_recours-inscrit = سُجّل الطفل
refus-inscription-scolaire-q-date_reception_recours = تاريخ استلام التظلم (على إشعار الاستلام)، إن لم يُحضَّر هنا
refus-inscription-scolaire-q-ar_voies_delais = هل وصل إشعار باستلام التظلم يذكر طرق الطعن وآجاله؟
refus-inscription-scolaire-q-date_rejet_recours = تاريخ رسالة رفض التظلم
refus-inscription-scolaire-q-date_rejet_recours-invalid = لا يمكن أن يكون رفض التظلم سابقًا للرفض الأول.
refus-inscription-scolaire-q-voies_delais_rejet = هل تذكر رسالة الرفض طرق الطعن وآجاله (المحكمة، الأجل)؟
refus-inscription-scolaire-q-adresse_tribunal = عنوان كتابة ضبط المحكمة الإدارية إن لم يعطه التطبيق (في رسالة الرفض أو على موقع المحكمة) — وإلا فاتركه فارغًا

refus-inscription-scolaire-doc-identite_enfant = وثيقة هوية الطفل (الدفتر العائلي، شهادة الميلاد، جواز السفر…)
refus-inscription-scolaire-doc-identite_responsables = وثائق هوية الأولياء أو المسؤولين
refus-inscription-scolaire-doc-justificatif_domicile = إثبات السكن بكل الوسائل (شهادة إيواء أو فندق أو 115، شهادة التوطين…)
refus-inscription-scolaire-doc-attestation_honneur = شهادة على الشرف عن الوثائق الناقصة
refus-inscription-scolaire-doc-refus_ecrit = الرفض الكتابي
refus-inscription-scolaire-doc-recit_refus_oral = رواية مؤرَّخة وموقَّعة للرفض الشفهي (التاريخ، الساعة، المكان، الموظف)
refus-inscription-scolaire-doc-recours_envoye = نسخة التظلم المرسل، مع إشعار الاستلام
refus-inscription-scolaire-doc-decision_rejet = رسالة رفض التظلم

refus-inscription-scolaire-letter-recours-maire = تظلّم ودّي إلى رئيس البلدية بصفته ممثلاً للدولة
refus-inscription-scolaire-letter-demande-dasen = طلب تسجيل إلى المدير الأكاديمي مع نسخة إلى المحافظ
refus-inscription-scolaire-letter-recours-dasen-second-degre = تظلّم ودّي إلى المدير الأكاديمي (الإعدادية، الثانوية)
refus-inscription-scolaire-letter-requete-tribunal = عريضة إلى المحكمة الإدارية

refus-inscription-scolaire-next-premier-degre = أرسلوا في الوقت نفسه التظلّم الودّي إلى رئيس البلدية وطلب التسجيل إلى المدير الأكاديمي (مع نسخة إلى المحافظ)، برسالة مضمونة مع إشعار بالاستلام أو بالإيداع مقابل وصل، خلال شهرين من الرفض.
refus-inscription-scolaire-next-second-degre = أرسلوا تظلّماً ودّياً إلى المدير الأكاديمي (الأكاديمية) خلال شهرين من الرفض، برسالة مضمونة مع إشعار بالاستلام.
refus-inscription-scolaire-next-pieces = أرفقوا شهادة على الشرف عن كل وثيقة ناقصة: فهي تكفي للتسجيل.
refus-inscription-scolaire-next-tribunal = إذا رُفض التظلم، كتابيًا أو بسكوت دام شهرين، تُقترح هنا العريضة إلى المحكمة الإدارية: يمكن للوالد أن يودعها بنفسه دون محامٍ، ويمكن لجمعية أو محامٍ أن يتولّاها ويطلب في الوقت نفسه من قاضي الأمور المستعجلة وقف الرفض.
refus-inscription-scolaire-next-inscrit = سُجّل الطفل: احتفظوا بشهادة التسجيل. لا حاجة إلى أي إجراء آخر.

## ورقة الشرح التي تُسلَّم إلى الأسرة، واحدة لكل رسالة.

refus-inscription-scolaire-explain-recours-maire-asks = تطلب هذه الرسالة من رئيس بلدية { $commune } أن يلغي رفضه وأن يسجّل { $prenoms_enfant } في المدرسة. المدرسة إلزامية من 3 إلى 16 سنة لكل الأطفال الذين يعيشون في فرنسا، مهما كانت أوراق الأسرة أو سكنها.
refus-inscription-scolaire-explain-recours-maire-to = تُرسَل برسالة مضمونة مع إشعار بالاستلام إلى رئيس بلدية { $commune }. وفي اليوم نفسه، يُرسَل طلب إلى المدير الأكاديمي (التربية الوطنية)، وهو يستطيع أن يسجّل الطفل بدلاً من رئيس البلدية.
refus-inscription-scolaire-explain-recours-maire-next = يستطيع رئيس البلدية أن يسجّل الطفل في أي وقت: إذا اتصلت بكم المدرسة، فاذهبوا إليها. إذا لم يجب خلال شهرين بعد استلام الرسالة، فهذا رفض، ويمكن حينئذ اللجوء إلى المحكمة الإدارية بأنفسكم دون محامٍ (العريضة تُحضَّر هنا)، أو بمساعدة جمعية أو محامٍ.
refus-inscription-scolaire-explain-recours-maire-keep = احتفظوا بنسخة من هذه الرسالة، وبوصل الإرسال، ثم بإشعار الاستلام الموقَّع، وبالرفض إن كان مكتوباً. سجّلوا كل ردّ من البلدية وتاريخه.

refus-inscription-scolaire-explain-demande-dasen-asks = تطلب هذه الرسالة من المدير الأكاديمي (التربية الوطنية، التي تعمل باسم المحافظ) أن يسجّل { $prenoms_enfant } في المدرسة، لأن رئيس البلدية رفض.
refus-inscription-scolaire-explain-demande-dasen-to = تُرسَل برسالة مضمونة مع إشعار بالاستلام إلى المدير الأكاديمي في المقاطعة ({ $departement })، مع نسخة إلى المحافظ.
refus-inscription-scolaire-explain-demande-dasen-next = يجب على المدير الأكاديمي أولاً أن يطلب من رئيس البلدية تسجيل الطفل؛ وإذا لم يفعل رئيس البلدية ذلك، يستطيع المدير أن يسجّل الطفل بنفسه. عودوا إلينا ومعكم أي ردّ يصلكم.
refus-inscription-scolaire-explain-demande-dasen-keep = احتفظوا بنسخة من هذه الرسالة، وبوصل الإرسال، وبإشعار الاستلام الموقَّع.

refus-inscription-scolaire-explain-recours-dasen-second-degre-asks =
    تطلب هذه الرسالة من المدير الأكاديمي (التربية الوطنية) أن يلغي الرفض وأن يعطي { $prenoms_enfant } مكاناً { $niveau ->
        [lycee] في الثانوية (lycée).
       *[other] في الإعدادية (collège).
    }
refus-inscription-scolaire-explain-recours-dasen-second-degre-to = تُرسَل برسالة مضمونة مع إشعار بالاستلام إلى المدير الأكاديمي في المقاطعة ({ $departement }).
refus-inscription-scolaire-explain-recours-dasen-second-degre-next = إذا لم يجب المدير الأكاديمي خلال شهرين بعد استلام الرسالة، فهذا رفض، ويمكن حينئذ اللجوء إلى المحكمة الإدارية بأنفسكم دون محامٍ (العريضة تُحضَّر هنا)، أو بمساعدة جمعية أو محامٍ.
refus-inscription-scolaire-explain-recours-dasen-second-degre-keep = احتفظوا بنسخة من هذه الرسالة، وبوصل الإرسال، ثم بإشعار الاستلام الموقَّع، وبالرفض إن كان مكتوباً.
refus-inscription-scolaire-explain-requete-tribunal-asks = تطلب هذه العريضة من المحكمة الإدارية إلغاء رفض تسجيل طفلكم وأن تأمر بتسجيله. يمكنكم القيام بذلك دون محامٍ.
refus-inscription-scolaire-explain-requete-tribunal-to = تُوجَّه إلى { $court-ta }: { $court-ta-address }. أودعوها في كتابة ضبط المحكمة (الاستقبال) التي تعطيكم إيصالًا، أو أرسلوها مبكرًا برسالة مضمونة مع إشعار بالاستلام: العبرة بتاريخ وصولها إلى المحكمة لا بتاريخ البريد. أرفقوا نسخة من العريضة ومن كل وثيقة. ويمكن أيضًا إرسالها عبر موقع Télérecours citoyens، لكن ذلك ليس إلزاميًا.
refus-inscription-scolaire-explain-requete-tribunal-next = ترسل المحكمة العريضة إلى الإدارة التي تردّ كتابيًا؛ وقد يستغرق ذلك عدة أشهر. طفلكم لا يستطيع الانتظار: يمكن لجمعية أو محامٍ أن يطلب في الوقت نفسه من قاضي الأمور المستعجلة وقف الرفض. إن أردتم محاميًا تدفع الدولة أتعابه، فأرسلوا طلب المساعدة القضائية (الاستمارة cerfa رقم 16146) قبل الأجل: يبدأ أجل المحكمة من جديد بعد القرار في المساعدة.
refus-inscription-scolaire-explain-requete-tribunal-keep = احتفظوا بنسخة من العريضة ومن كل الوثائق، وبإيصال كتابة الضبط أو البريد، وبكل رسالة من المحكمة أو المدرسة.

## الآجال (لوحة الآجال، مسار الملف)
refus-inscription-scolaire-deadline-recours-gracieux = آخر يوم لإرسال التظلم الودي (شهران بعد الرفض)
refus-inscription-scolaire-deadline-rejet-implicite-maire = إذا لم يجب رئيس البلدية، يُعدّ التظلم مرفوضاً (شهران بعد استلامه)
refus-inscription-scolaire-deadline-rejet-implicite-dasen = إذا لم يجب المدير الأكاديمي، يُعدّ التظلم مرفوضاً (شهران بعد استلامه)
refus-inscription-scolaire-deadline-tribunal-administratif = آخر يوم لرفع الأمر إلى المحكمة الإدارية بعد رفض التظلم (كتابيًا، أو بالسكوت)
