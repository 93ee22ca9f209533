# إجراء «الطعن في قرار بشأن RSA» (تظلّم إداري مسبق إلى رئيس
# المجلس الإقليمي، conseil départemental).
recours-rsa-title = الطعن في قرار بشأن دخل التضامن النشط (RSA)
recours-rsa-summary = رفض دخل التضامن النشط (RSA) أو تعليقه أو تحديد مبلغه أو المطالبة بردّ مبلغ منه (indu): تظلّم مكتوب إلى رئيس المجلس الإقليمي (conseil départemental)، وهو إلزامي قبل اللجوء إلى المحكمة الإدارية (tribunal administratif).
recours-rsa-audience = كل شخص يتلقى قراراً بشأن دخل التضامن النشط (RSA) الخاص به ويعترض عليه.
recours-rsa-keywords = دخل التضامن النشط دخل أدنى إعانة مقاطعة المجلس الإقليمي تعليق شطب مبلغ زائد ردّ مبلغ تظلّم طعن عقد الالتزام RSA CAF MSA indu trop-perçu département conseil départemental radiation contrat d'engagement المحكمة الإدارية قاضي عريضة محامي مساعدة قضائية tribunal

recours-rsa-law-prealable = قبل اللجوء إلى المحكمة ضد قرار بشأن دخل التضامن النشط (RSA)، يجب أولاً الكتابة إلى رئيس المجلس الإقليمي (conseil départemental): هذا إلزامي.
recours-rsa-law-delai = يجب تقديم هذا التظلّم خلال الشهرين التاليين لتبليغ القرار، ويجب أن يشرح لماذا يُعترَض على القرار.
recours-rsa-law-indu = عندما تطالب المقاطعة (département) بردّ مبلغ (indu)، فإن التظلّم يوقف استرداد المبالغ.
recours-rsa-law-api = شهادة تمديد دراسة الملف (API)، مع بطاقة الإقامة المنتهية، تثبت أن الإقامة نظامية طوال مدة صلاحيتها؛ وكذلك شهادة القرار الإيجابي (ADF) في انتظار تسليم البطاقة.
recours-rsa-law-silence = إذا لم يصل ردّ بعد شهرين من استلام التظلّم، يُعدّ التظلّم مرفوضاً: ويبدأ حينئذ أجل اللجوء إلى المحكمة الإدارية (tribunal administratif).
recours-rsa-law-tribunal = يمكن بعد ذلك اللجوء إلى المحكمة الإدارية خلال شهرين.
recours-rsa-law-rejet-implicite = بعد الرفض بالسكوت، يمكن رفع الأمر إلى المحكمة خلال الشهرين التاليين، ويجب إرفاق ما يثبت تاريخ استلام الطعن.
recours-rsa-law-sans-avocat = أمام المحكمة الإدارية، لا تحتاج قضية RSA إلى محامٍ: يمكن للشخص أن يكتب العريضة ويودعها بنفسه.
recours-rsa-law-aide-juridictionnelle = طلب المساعدة القضائية المُرسَل قبل انتهاء أجل المحكمة يحفظ الأجل: يبدأ أجل جديد بالمدة نفسها بعد القرار في المساعدة.

recours-rsa-step-personne = الشخص
recours-rsa-step-decision = القرار المطعون فيه
recours-rsa-step-envoi = الإرسال
recours-rsa-step-tribunal = المحكمة

recours-rsa-q-nom = اسم العائلة
recours-rsa-q-prenoms = الاسم الشخصي
recours-rsa-q-civilite = في الرسالة، يكتب الشخص:
recours-rsa-q-civilite-madame = «Je soussignée» (سيدة، صيغة المؤنث في الرسالة)
recours-rsa-q-civilite-monsieur = «Je soussigné» (سيد، صيغة المذكر في الرسالة)
recours-rsa-q-civilite-non-precise = دون تحديد
recours-rsa-q-adresse = العنوان أو عنوان التوطين
recours-rsa-q-departement = المقاطعة التي تدفع دخل التضامن النشط (RSA)
recours-rsa-q-numero_allocataire = رقم المستفيد (numéro d'allocataire) لدى CAF أو MSA
recours-rsa-q-objet = ماذا يقول القرار؟
recours-rsa-q-objet-refus = يرفض دخل التضامن النشط (RSA)
recours-rsa-q-objet-suspension = يعلّق دخل التضامن النشط (RSA)
recours-rsa-q-objet-indu = يطالب بردّ مبلغ (indu)
recours-rsa-q-objet-montant = يحدّد مبلغاً محلّ اعتراض
recours-rsa-q-objet-autre = شيء آخر
recours-rsa-q-preuve_sejour = هل يتعلق القرار بإثبات الإقامة؟
recours-rsa-q-preuve_sejour-api = نعم: لدى الشخص شهادة تمديد دراسة الملف (API) وبطاقة إقامته المنتهية
recours-rsa-q-preuve_sejour-adf = نعم: لدى الشخص شهادة قرار إيجابي (ADF)
recours-rsa-q-preuve_sejour-non = لا، أو لا أعرف
recours-rsa-q-date_notification = تاريخ القرار (أو تاريخ استلامه)
recours-rsa-q-voies_delais = هل يذكر القرار طرق الطعن وآجاله (لمن نكتب، وفي أي أجل)؟
recours-rsa-q-motif_contestation = لماذا يعترض الشخص؟ (الوقائع، مع التواريخ)
recours-rsa-q-adresse_departement = العنوان المذكور على القرار لتقديم التظلّم
recours-rsa-q-numero_lrar = رقم الرسالة المضمونة (إن كان معروفاً)
recours-rsa-q-reponse_pcd = بماذا ردّت المقاطعة على الطعن؟
recours-rsa-q-reponse_pcd-aucune = لا شيء حتى الآن (أو لم يُرسَل الطعن بعد)
recours-rsa-q-reponse_pcd-rejet-ecrit = رفضت الطعن كتابيًا
recours-rsa-q-reponse_pcd-favorable = أنصفت الشخص
recours-rsa-q-date_reception_recours = تاريخ استلام المقاطعة للطعن (على إشعار الاستلام)، إن لم يُحضَّر هنا
recours-rsa-q-ar_voies_delais = هل أرسلت المقاطعة إشعارًا باستلام الطعن يذكر طرق الطعن وآجاله؟
recours-rsa-q-date_rejet_pcd = تاريخ رسالة رفض الطعن
recours-rsa-q-voies_delais_rejet = هل تذكر رسالة الرفض طرق الطعن وآجاله (المحكمة، الأجل)؟
recours-rsa-q-adresse_tribunal = عنوان كتابة ضبط المحكمة الإدارية إن لم يعطه التطبيق (في رسالة الرفض أو على موقع المحكمة) — وإلا فاتركه فارغًا

recours-rsa-doc-decision_contestee = نسخة من القرار المطعون فيه
recours-rsa-doc-attestation_sejour = الشهادة الصادرة عن المحافظة (API أو ADF)
recours-rsa-doc-titre_expire = بطاقة الإقامة المنتهية (تُرفق مع API)
recours-rsa-doc-justificatifs = وثائق إثبات مفيدة (الموارد، بطاقة الإقامة أو شهادة تمديد دراسة الملف API، شهادة التوطين…)
recours-rsa-doc-courriers = الرسائل المتبادلة من قبلُ مع المقاطعة أو مع صندوق المنح العائلية (CAF)
recours-rsa-doc-recours_envoye = نسخة الطعن المرسل إلى المقاطعة، مع إشعار الاستلام
recours-rsa-doc-decision_rejet = رسالة رفض الطعن

recours-rsa-letter-recours-pcd = تظلّم إلى رئيس المجلس الإقليمي
recours-rsa-letter-requete-tribunal = عريضة إلى المحكمة الإدارية

recours-rsa-next-envoyer = أرسلوا التظلّم برسالة مضمونة مع إشعار بالاستلام، خلال الشهرين التاليين للقرار: يُعتدّ بتاريخ ختم البريد. احتفظوا بنسخة كاملة.
recours-rsa-next-indu = التظلّم يوقف استرداد المبلغ المطلوب ردّه: إذا استمرت الاقتطاعات، فأبلغوا المقاطعة بذلك مع التذكير بالتظلّم.
recours-rsa-next-tribunal = إذا رفضت المقاطعة الطعن، كتابيًا أو بعدم الرد خلال شهرين، تُقترح هنا العريضة إلى المحكمة الإدارية: يمكن للشخص أن يودعها بنفسه دون محامٍ، ويمكن لجمعية أو محامٍ أن يتولّاها. وفي غياب RSA، يمكن لمحامٍ أن يطلب في الوقت نفسه من قاضي الأمور المستعجلة وقف تنفيذ القرار.
recours-rsa-next-favorable = أنصفت المقاطعة الشخص: تحقّق من إعادة صرف RSA ومن دفع المبالغ المستحقة؛ وإلا فاكتب إليها مع إرفاق ردّها.

## الآجال
recours-rsa-deadline-recours-pcd = آخر يوم لإرسال التظلّم إلى رئيس المجلس الإقليمي (شهران بعد القرار)
recours-rsa-deadline-rejet-implicite-pcd = إذا لم تُجب المقاطعة، يُعدّ التظلّم مرفوضاً (شهران بعد استلامه)
recours-rsa-deadline-tribunal-administratif = آخر يوم لرفع الأمر إلى المحكمة الإدارية بعد رفض الطعن (كتابيًا، أو بسكوت المقاطعة)

## ورقة الشرح التي تُسلَّم إلى الشخص.
recours-rsa-explain-recours-pcd-asks = تطلب هذه الرسالة من رئيس المجلس الإقليمي ({ $departement }) أن يعيد النظر في القرار الصادر في { $date_notification } بشأن دخل التضامن النشط (RSA) الخاص بكم وأن يلغيه. هذه خطوة إلزامية قبل أن تتمكنوا من اللجوء إلى المحكمة.
recours-rsa-explain-recours-pcd-to = تُرسَل برسالة مضمونة مع إشعار بالاستلام، على العنوان المذكور على القرار.
recours-rsa-explain-recours-pcd-next = يمكن للمقاطعة (département) أن تطلب رأي لجنة قبل أن تقرّر. إذا لم تُجب خلال شهرين بعد استلام الرسالة (التاريخ: { $deadline-rejet-implicite-pcd })، فهذا رفض؛ ويمكنكم حينئذ اللجوء إلى المحكمة الإدارية (tribunal administratif) خلال الشهرين التاليين (آخر أجل: { $deadline-tribunal-administratif })، بأنفسكم ودون محامٍ — العريضة تُحضَّر هنا — أو بمساعدة جمعية أو محامٍ.
recours-rsa-explain-recours-pcd-keep = احتفظوا بالقرار، وبنسخة من هذه الرسالة ومن الوثائق، وبوصل الإرسال، وبإشعار الاستلام الموقَّع. واحتفظوا أيضاً بكل ردّ من المقاطعة أو من صندوق المنح العائلية (CAF).
recours-rsa-explain-requete-tribunal-asks = تطلب هذه العريضة من المحكمة الإدارية إلغاء القرار المتعلق بـRSA ورفض طعنكم، وأن تأمر المقاطعة بإعادة حقوقكم. يمكنكم القيام بذلك دون محامٍ.
recours-rsa-explain-requete-tribunal-to = تُوجَّه إلى { $court-ta }: { $court-ta-address }. أودعوها في كتابة ضبط المحكمة (الاستقبال) التي تعطيكم إيصالًا، أو أرسلوها مبكرًا برسالة مضمونة مع إشعار بالاستلام: العبرة بتاريخ وصولها إلى المحكمة لا بتاريخ البريد. أرفقوا نسخة من العريضة ومن كل وثيقة. ويمكن أيضًا إرسالها عبر موقع Télérecours citoyens، لكن ذلك ليس إلزاميًا.
recours-rsa-explain-requete-tribunal-next = ترسل المحكمة العريضة إلى المقاطعة التي تردّ كتابيًا؛ ستتلقّون ردّها ويمكنكم الرد عليه. يستغرق ذلك غالبًا عدة أشهر. إن أردتم محاميًا تدفع الدولة أتعابه، فأرسلوا طلب المساعدة القضائية (الاستمارة cerfa رقم 16146) قبل الأجل: يبدأ أجل المحكمة من جديد بعد القرار في المساعدة. يمكن لجمعية أو محامٍ أن يتولّى العريضة في أي وقت.
recours-rsa-explain-requete-tribunal-keep = احتفظوا بنسخة من العريضة ومن كل الوثائق، وبإيصال كتابة الضبط أو البريد، وبكل رسالة من المحكمة.
