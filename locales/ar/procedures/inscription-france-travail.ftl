# إجراء «رفض التسجيل لدى France Travail».
inscription-france-travail-title = رفض التسجيل لدى France Travail (شهادة API أو ADF أو عدم وجود رقم ضمان اجتماعي بعد)
inscription-france-travail-summary = ترفض France Travail (المرفق العمومي للتشغيل) تسجيل الشخص كطالب عمل لأنه يقدّم شهادة تمديد دراسة الملف (API، attestation de prolongation de l'instruction) أو شهادة القرار الإيجابي (ADF، attestation de décision favorable)، أو لأنه ليس لديه بعدُ رقم ضمان اجتماعي نهائي: تظلّم مكتوب إلى مدير الوكالة (agence).
inscription-france-travail-audience = كل شخص أجنبي مسموح له بالعمل رُفض تسجيله كطالب عمل في الشباك أو عبر الإنترنت أو كتابياً.
inscription-france-travail-keywords = تشغيل عمل بطالة طالب عمل تسجيل شهادة وصل رقم الضمان الاجتماعي رقم الانتظار رفض وكالة France Travail Pôle emploi inscription demandeur d'emploi API ADF attestation récépissé NIR NIA agence

inscription-france-travail-law-inscription = للتسجيل، يصرّح الشخص بعنوان توطينه ويقدّم المعلومات التي تسمح بالتعرّف عليه؛ ومن لا يستطيع التسجيل وحده عبر الإنترنت يمكنه القيام بذلك في الوكالة (agence)، بمساعدة الموظفين (نصّ من سنة 2015، يجب التأكد من صيغته الحالية).
inscription-france-travail-law-api = شهادة تمديد دراسة الملف (API، attestation de prolongation de l'instruction)، مع بطاقة الإقامة المنتهية الصلاحية، تُثبت قانونية الإقامة طوال المدة المذكورة فيها. أما شهادة الإيداع (attestation de dépôt)، فلا تُثبت ذلك.
inscription-france-travail-law-travail = شهادة API تسمح بالعمل عندما كانت بطاقة الإقامة السابقة تسمح به.
inscription-france-travail-law-adf = شهادة القرار الإيجابي (ADF، attestation de décision favorable) تُثبت قانونية الإقامة في انتظار تسليم البطاقة.
inscription-france-travail-law-nia = في انتظار الرقم النهائي، تستعمل هيئات الضمان الاجتماعي رقم انتظار مؤقتاً (NIA، numéro d'attente)، مبنيّاً مثل رقم الضمان الاجتماعي.
inscription-france-travail-law-silence = إذا لم يصل ردّ بعد شهرين من استلام التظلّم، يُعدّ التظلّم مرفوضاً.
inscription-france-travail-law-interruption = التظلّم المُرسَل خلال شهرين من رفض مكتوب يقطع أجل اللجوء إلى المحكمة: ويبدأ أجل جديد من تاريخ الردّ (أو السكوت).

inscription-france-travail-step-personne = الشخص
inscription-france-travail-step-refus = الرفض
inscription-france-travail-step-envoi = الإرسال

inscription-france-travail-q-nom = اسم العائلة
inscription-france-travail-q-prenoms = الاسم الشخصي
inscription-france-travail-q-civilite = في الرسالة، يكتب الشخص:
inscription-france-travail-q-civilite-madame = «Je soussignée» (سيدة، صيغة المؤنث في الرسالة)
inscription-france-travail-q-civilite-monsieur = «Je soussigné» (سيد، صيغة المذكر في الرسالة)
inscription-france-travail-q-civilite-non-precise = دون تحديد
inscription-france-travail-q-date_naissance = تاريخ الميلاد
inscription-france-travail-q-adresse = العنوان أو عنوان التوطين
inscription-france-travail-q-agence = وكالة France Travail (المدينة أو اسم الوكالة)
inscription-france-travail-q-date_refus = تاريخ الرفض
inscription-france-travail-q-forme_refus = كيف أُبلغ الرفض؟
inscription-france-travail-q-forme_refus-ecrit = كتابياً (رسالة أو بريد إلكتروني)
inscription-france-travail-q-forme_refus-oral = شفهياً، في الوكالة
inscription-france-travail-q-forme_refus-en-ligne = عبر الإنترنت: التسجيل متوقّف على الموقع
inscription-france-travail-q-voies_delais = هل يذكر الرفض المكتوب طرق الطعن وآجاله؟
inscription-france-travail-q-motif_refus = ما السبب الذي قُدِّم؟
inscription-france-travail-q-motif_refus-api = شهادة تمديد دراسة الملف (API) غير مقبولة
inscription-france-travail-q-motif_refus-adf = شهادة القرار الإيجابي (ADF) غير مقبولة
inscription-france-travail-q-motif_refus-sans-nir = ليس لدى الشخص بعدُ رقم ضمان اجتماعي نهائي
inscription-france-travail-q-motif_refus-autre = سبب آخر
inscription-france-travail-q-date_fin_api = تاريخ انتهاء صلاحية شهادة API
inscription-france-travail-q-titre_autorisait_travail = هل كانت بطاقة الإقامة المنتهية الصلاحية تسمح بالعمل؟
inscription-france-travail-q-numero_attente = رقم الانتظار المؤقت (NIA)، إن كان لدى الشخص رقم
inscription-france-travail-q-faits = ما الذي حدث (التاريخ، المكان، ما قيل أو كُتب)
inscription-france-travail-q-adresse_agence = عنوان وكالة France Travail
inscription-france-travail-q-numero_lrar = رقم الرسالة المضمونة (إن كان معروفاً)

inscription-france-travail-doc-identite = وثيقة هوية أو وثيقة إقامة
inscription-france-travail-doc-api_titre = شهادة API وبطاقة الإقامة المنتهية الصلاحية
inscription-france-travail-doc-adf = شهادة القرار الإيجابي (ADF)
inscription-france-travail-doc-attestation_nia = الوثيقة التي تذكر رقم الانتظار المؤقت (NIA)، إن وُجدت
inscription-france-travail-doc-refus_ecrit = الرفض المكتوب (رسالة أو بريد إلكتروني)
inscription-france-travail-doc-domiciliation = شهادة التوطين

inscription-france-travail-letter-reclamation = تظلّم إلى مدير وكالة France Travail

inscription-france-travail-next-envoyer = أرسلوا التظلّم برسالة مضمونة مع إشعار بالاستلام، أو أودعوه في الوكالة مقابل وصل. واطلبوا أيضاً من الوكالة التسجيل بمساعدة الموظفين.
inscription-france-travail-next-api-sans-travail = انتبهوا: إذا كانت بطاقة الإقامة المنتهية الصلاحية لا تسمح بالعمل، فإن شهادة API لا تسمح به أيضاً. تحقّقوا من الوضع قبل إرسال الرسالة.
inscription-france-travail-next-suite = إذا استمر الرفض، يمكن اللجوء إلى وسيط France Travail (médiateur)، ثم إلى المحكمة الإدارية (tribunal administratif) (يجب التأكد من هذا المسار مع جمعية أو محامٍ). ويمكن اللجوء إلى المدافع عن الحقوق (Défenseur des droits) في الوقت نفسه.

## الآجال
inscription-france-travail-deadline-contester-refus = آخر يوم للطعن في الرفض المكتوب (شهران؛ التظلّم المُرسَل قبل ذلك يقطع هذا الأجل)
inscription-france-travail-deadline-rejet-implicite = إذا لم تُجب France Travail، يُعدّ التظلّم مرفوضاً (شهران بعد استلامه)

## ورقة الشرح التي تُسلَّم إلى الشخص.
inscription-france-travail-explain-reclamation-asks = تطلب هذه الرسالة من France Travail (المرفق العمومي للتشغيل) أن تسجّلكم كطالبي عمل، ابتداءً من التاريخ الذي طلبتم فيه ذلك، وأن تُجيب كتابياً.
inscription-france-travail-explain-reclamation-to = تُرسَل برسالة مضمونة مع إشعار بالاستلام إلى مدير وكالة (agence) France Travail في { $agence }.
inscription-france-travail-explain-reclamation-next = إذا لم تُجب France Travail خلال شهرين بعد استلام الرسالة (التاريخ: { $deadline-rejet-implicite })، فهذا رفض. عودوا إلينا ومعكم أي ردّ: هناك إجراءات أخرى ممكنة (الوسيط، المحكمة، المدافع عن الحقوق «Défenseur des droits»).
inscription-france-travail-explain-reclamation-keep = احتفظوا بنسخة من هذه الرسالة ومن الوثائق، وبوصل الإرسال، وبإشعار الاستلام الموقَّع، وبكل ردّ من France Travail (رسالة، بريد إلكتروني، رسالة في حسابكم على الموقع).
