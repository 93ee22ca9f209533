# إجراء «رفض التسجيل في المدرسة».
refus-inscription-scolaire-title = رفض التسجيل في المدرسة
refus-inscription-scolaire-summary = ترفض البلدية (الروضة أو المدرسة الابتدائية) أو الأكاديمية (الإعدادية أو الثانوية) تسجيل طفل: تظلّم ودّي وطلب تسجيل إلى المدير الأكاديمي مع نسخة إلى المحافظ.
refus-inscription-scolaire-audience = أولياء أو المسؤولون عن طفل بين 3 و16 سنة، مهما كان وضعهم الإداري أو نوع سكنهم.

refus-inscription-scolaire-law-obligation = التعليم إلزامي لكل طفل من 3 إلى 16 سنة.
refus-inscription-scolaire-law-inscription = على رئيس البلدية تسجيل الأطفال المقيمين في البلدية. لا يجوز أن يكون نوع سكن الأسرة سبباً للرفض. إذا رفض رئيس البلدية دون سبب مشروع، يسجّل المديرُ الأكاديمي (DASEN) الطفلَ باسم المحافظ.
refus-inscription-scolaire-law-pieces = لتسجيل طفل، لا يجوز للبلدية أن تطلب إلا: هوية الطفل، وهوية المسؤولين عنه، وإثبات السكن. إذا نقصت وثيقة، تكفي شهادة على الشرف؛ ويُثبت السكن بكل الوسائل. ولا يجوز أن يعرقل التحقق من السكن التسجيلَ.
refus-inscription-scolaire-law-attestation = وثائق الهوية المقبولة هي الواردة في القائمة الرسمية (الدفتر العائلي، بطاقة الهوية، جواز السفر…)؛ وإلا فشهادة على الشرف.
refus-inscription-scolaire-law-substitution = إذا رفض رئيس البلدية، بصفته ممثلاً للدولة، عملاً يفرضه القانون، يجوز للمحافظ بعد إنذاره أن يقوم به بنفسه أو بواسطة مندوب.
refus-inscription-scolaire-law-silence = إذا لم يصل ردّ بعد شهرين من استلام التظلّم، يُعدّ مرفوضاً؛ ويبدأ حينئذ أجل اللجوء إلى المحكمة الإدارية.

refus-inscription-scolaire-step-enfant = الطفل
refus-inscription-scolaire-step-famille = الأسرة
refus-inscription-scolaire-step-refus = الرفض

refus-inscription-scolaire-q-nom_enfant = اسم عائلة الطفل
refus-inscription-scolaire-q-prenoms_enfant = الاسم الشخصي للطفل
refus-inscription-scolaire-q-date_naissance_enfant = تاريخ ميلاد الطفل
refus-inscription-scolaire-q-niveau = المستوى المطلوب
refus-inscription-scolaire-q-niveau-maternelle = الروضة
refus-inscription-scolaire-q-niveau-elementaire = المدرسة الابتدائية
refus-inscription-scolaire-q-niveau-college = الإعدادية
refus-inscription-scolaire-q-niveau-lycee = الثانوية
refus-inscription-scolaire-q-ecole_demandee = المدرسة أو المؤسسة المطلوبة (إن كانت معروفة)
refus-inscription-scolaire-q-nom_responsable = اسم عائلة الوليّ أو المسؤول
refus-inscription-scolaire-q-prenoms_responsable = الاسم الشخصي للوليّ أو المسؤول
refus-inscription-scolaire-q-adresse = العنوان (مركز إيواء، فندق، توطين…)
refus-inscription-scolaire-q-commune = البلدية التي يقيم فيها الطفل
refus-inscription-scolaire-q-departement = المقاطعة
refus-inscription-scolaire-q-forme_refus = هل كان الرفض كتابياً أم شفهياً؟
refus-inscription-scolaire-q-forme_refus-ecrit = كتابي (رسالة، بريد إلكتروني)
refus-inscription-scolaire-q-forme_refus-oral = شفهي (في الشباك، بالهاتف)
refus-inscription-scolaire-q-date_refus = تاريخ الرفض
refus-inscription-scolaire-q-date_refus-invalid = لا يمكن أن يكون الرفض سابقاً لميلاد الطفل.
refus-inscription-scolaire-q-document_refus = الرفض الكتابي، إن كان موجوداً في سجل الشخص
refus-inscription-scolaire-q-circonstances_refus = أين ومتى ومن الذي أبلغ الرفض؟
refus-inscription-scolaire-q-motif_refus = ما السبب المذكور؟
refus-inscription-scolaire-q-motif_refus-pieces = وثائق ناقصة
refus-inscription-scolaire-q-motif_refus-domicile = لا يوجد إثبات سكن
refus-inscription-scolaire-q-motif_refus-places = لا توجد أماكن شاغرة
refus-inscription-scolaire-q-motif_refus-aucun = لم يُذكر أي سبب
refus-inscription-scolaire-q-motif_refus-autre = سبب آخر
refus-inscription-scolaire-q-pieces_manquantes = هل تنقص وثيقة هوية أو إثبات سكن؟

refus-inscription-scolaire-doc-identite_enfant = وثيقة هوية الطفل (الدفتر العائلي، شهادة الميلاد، جواز السفر…)
refus-inscription-scolaire-doc-identite_responsables = وثائق هوية الأولياء أو المسؤولين
refus-inscription-scolaire-doc-justificatif_domicile = إثبات السكن بكل الوسائل (شهادة إيواء أو فندق أو 115، شهادة التوطين…)
refus-inscription-scolaire-doc-attestation_honneur = شهادة على الشرف عن الوثائق الناقصة
refus-inscription-scolaire-doc-refus_ecrit = الرفض الكتابي
refus-inscription-scolaire-doc-recit_refus_oral = رواية مؤرَّخة وموقَّعة للرفض الشفهي (التاريخ، الساعة، المكان، الموظف)

refus-inscription-scolaire-letter-recours-maire = تظلّم ودّي إلى رئيس البلدية بصفته ممثلاً للدولة
refus-inscription-scolaire-letter-demande-dasen = طلب تسجيل إلى المدير الأكاديمي مع نسخة إلى المحافظ
refus-inscription-scolaire-letter-recours-dasen-second-degre = تظلّم ودّي إلى المدير الأكاديمي (الإعدادية، الثانوية)

refus-inscription-scolaire-next-premier-degre = أرسلوا في الوقت نفسه التظلّم الودّي إلى رئيس البلدية وطلب التسجيل إلى المدير الأكاديمي (مع نسخة إلى المحافظ)، برسالة مضمونة مع إشعار بالاستلام أو بالإيداع مقابل وصل، خلال شهرين من الرفض.
refus-inscription-scolaire-next-second-degre = أرسلوا تظلّماً ودّياً إلى المدير الأكاديمي (الأكاديمية) خلال شهرين من الرفض، برسالة مضمونة مع إشعار بالاستلام.
refus-inscription-scolaire-next-pieces = أرفقوا شهادة على الشرف عن كل وثيقة ناقصة: فهي تكفي للتسجيل.
