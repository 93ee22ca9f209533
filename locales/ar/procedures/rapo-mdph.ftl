# إجراء «الطعن في قرار الدار الإقليمية للأشخاص ذوي الإعاقة (MDPH)» (الطعن الإداري المسبق RAPO أمام لجنة CDAPH).
rapo-mdph-title = الطعن في قرار من الدار الإقليمية للأشخاص ذوي الإعاقة (MDPH)
rapo-mdph-summary = AAH أو AEEH أو PCH أو التوجيه (orientation) أو RQTH، أو رفض دراسة ملف بسبب عدم وجود بطاقة إقامة: طعن إداري مسبق (recours administratif préalable) إلى اللجنة (CDAPH)، وهو إلزامي قبل اللجوء إلى المحكمة.
rapo-mdph-audience = كل شخص ذي إعاقة (أو من يمثّله) يعترض على قرار من لجنة حقوق واستقلالية الأشخاص ذوي الإعاقة (CDAPH)، أو ترفض الدار الإقليمية للأشخاص ذوي الإعاقة (MDPH) دراسة طلبه.
rapo-mdph-keywords = إعاقة شخص ذو إعاقة منحة البالغين ذوي الإعاقة طفل ذو إعاقة تعويض الإعاقة توجيه عامل ذو إعاقة عمل محمي طعن تظلّم بطاقة إقامة handicap MDPH CDAPH AAH AEEH PCH RQTH RAPO orientation ESAT

rapo-mdph-law-prealable = قبل اللجوء إلى المحكمة ضد قرار من لجنة CDAPH، يجب أولاً تقديم طعن إداري مسبق (recours administratif préalable): هذا إلزامي.
rapo-mdph-law-rapo = يُرسَل الطعن إلى الدار الإقليمية للأشخاص ذوي الإعاقة (MDPH)، موجَّهاً إلى اللجنة التي اتخذت القرار، بوسيلة تعطي تاريخاً ثابتاً (رسالة مضمونة أو إيداع مقابل وصل)، مع نسخة من القرار، أو نسخة من إشعار استلام الطلب إذا لم يصدر قرار.
rapo-mdph-law-delais = الأجل شهران بعد تبليغ القرار؛ ولا يمكن الاحتجاج بهذا الأجل على الشخص إذا لم يذكر القرار طرق الطعن وآجاله.
rapo-mdph-law-silence = إذا لم يصل ردّ بعد شهرين من استلام الطعن، يُعدّ الطعن مرفوضاً؛ ويمكن حينئذ اللجوء إلى المحكمة خلال شهرين.
rapo-mdph-law-motivation = يجب أن يكون رفض منح حقّ مكتوباً ومعلَّلاً: يمكن للشخص أن يطلب قراراً مكتوباً.
rapo-mdph-law-sejour = بالنسبة إلى منحة AAH، تتحقّق الجهة التي تدفعها (CAF أو MSA) من شرط الإقامة القانونية؛ ولا يوجد أي نص يسمح للدار الإقليمية للأشخاص ذوي الإعاقة (MDPH) بأن تشترط بطاقة إقامة لدراسة الإعاقة.
rapo-mdph-law-accuse-reception = كل طلب مُودَع يجب أن يُسجَّل وأن يُسلَّم عنه إشعار بالاستلام.
rapo-mdph-law-pole-social = يُرفع الأمر إلى القسم الاجتماعي في المحكمة القضائية بعريضة تودَع في كتابة الضبط أو تُرسل برسالة مضمونة، مع عرض موجز للأسباب والقرار المطعون فيه (وبعد السكوت، التظلم المسبق).
rapo-mdph-law-sans-avocat = أمام القسم الاجتماعي كما أمام المحكمة الإدارية، يمكن للشخص أن يدافع عن نفسه: المحامي ليس إلزاميًا.
rapo-mdph-law-tribunal-competent = المحكمة القضائية المختصة هي محكمة مسكن الشخص، من بين المحاكم المعيّنة للقضايا الاجتماعية: وهي مذكورة في طرق الطعن في القرار.
rapo-mdph-law-tribunal-administratif = بالنسبة إلى RQTH والتوجيه المهني، يمكن اللجوء إلى المحكمة الإدارية في المقاطعة خلال الشهرين التاليين للرفض، كتابيًا كان أو بالسكوت.

rapo-mdph-step-personne = الشخص
rapo-mdph-step-decision = القرار المطعون فيه
rapo-mdph-step-envoi = الإرسال
rapo-mdph-step-tribunal = المحكمة

rapo-mdph-q-nom = اسم العائلة
rapo-mdph-q-prenoms = الاسم الشخصي
rapo-mdph-q-civilite = في الرسالة، يكتب الشخص:
rapo-mdph-q-civilite-madame = «Je soussignée» (سيدة، صيغة المؤنث في الرسالة)
rapo-mdph-q-civilite-monsieur = «Je soussigné» (سيد، صيغة المذكر في الرسالة)
rapo-mdph-q-civilite-non-precise = دون تحديد
rapo-mdph-q-date_naissance = تاريخ الميلاد
rapo-mdph-q-adresse = العنوان أو عنوان التوطين
rapo-mdph-q-departement = مقاطعة (département) الدار الإقليمية للأشخاص ذوي الإعاقة (MDPH)
rapo-mdph-q-numero_dossier = رقم الملف لدى MDPH
rapo-mdph-q-nature = بماذا يتعلّق القرار؟
rapo-mdph-q-nature-aah = منحة البالغين ذوي الإعاقة (AAH، allocation aux adultes handicapés)
rapo-mdph-q-nature-aeeh = منحة تعليم الطفل ذي الإعاقة (AEEH، allocation d'éducation de l'enfant handicapé)
rapo-mdph-q-nature-pch = إعانة تعويض الإعاقة (PCH، prestation de compensation du handicap)
rapo-mdph-q-nature-orientation-medico-sociale = التوجيه إلى مؤسسة أو مصلحة طبية اجتماعية
rapo-mdph-q-nature-scolarisation = التمدرس (مرافق مدرسي، توجيه مدرسي…)
rapo-mdph-q-nature-rqth = الاعتراف بصفة العامل ذي الإعاقة (RQTH، reconnaissance de la qualité de travailleur handicapé)
rapo-mdph-q-nature-orientation-professionnelle = التوجيه المهني (ESAT، التشغيل المرافَق…)
rapo-mdph-q-nature-refus-examen = رفض دراسة الطلب (مع اشتراط بطاقة إقامة)
rapo-mdph-q-nature-autre = قرار آخر
rapo-mdph-q-forme_decision = هل تلقّى الشخص قراراً مكتوباً؟
rapo-mdph-q-forme_decision-ecrite = نعم، قراراً مكتوباً
rapo-mdph-q-forme_decision-implicite = لا، لم يصل أي ردّ على الطلب
rapo-mdph-q-forme_decision-guichet = لا: رُفض الطلب في الشباك، دون أي ورقة
rapo-mdph-q-date_refus_guichet = تاريخ الرفض في الشباك
rapo-mdph-q-circonstances_guichet = ما قيل في الشباك (من، وما السبب)، في جملة أو جملتين
rapo-mdph-q-guichet_titre_sejour = هل كان الرفض بسبب عدم وجود تصريح إقامة؟
rapo-mdph-q-date_notification = تاريخ القرار (أو تاريخ استلامه)
rapo-mdph-q-voies_delais = هل يذكر القرار طرق الطعن وآجاله؟
rapo-mdph-q-conciliation = هل طلب الشخص من مدير MDPH إجراء صلح (conciliation)؟
rapo-mdph-q-date_conciliation = تاريخ طلب الصلح
rapo-mdph-q-date_rapport_conciliation = تاريخ تقرير الموفِّق (إن كان قد وصل)
rapo-mdph-q-date_ar_demande = تاريخ إشعار استلام الطلب الأصلي
rapo-mdph-q-motif_contestation = لماذا يعترض الشخص؟ (الوقائع، معطيات طبية جديدة، التواريخ)
rapo-mdph-q-mode_envoi = كيف سيُسلَّم الطعن؟
rapo-mdph-q-mode_envoi-lrar = رسالة مضمونة مع إشعار بالاستلام
rapo-mdph-q-mode_envoi-guichet = إيداع في شباك MDPH مقابل وصل (récépissé)
rapo-mdph-q-adresse_mdph = عنوان MDPH (المكتوب على القرار)
rapo-mdph-q-numero_lrar = رقم الرسالة المضمونة (إن كان معروفاً)

rapo-mdph-doc-decision_contestee = نسخة من القرار المطعون فيه
rapo-mdph-doc-ar_demande = نسخة من إشعار استلام الطلب الأصلي
rapo-mdph-doc-refus_examen = الرسالة أو البريد الإلكتروني من MDPH الذي يرفض دراسة الملف، وإثبات إيداع الملف
rapo-mdph-doc-pieces_medicales = معطيات طبية أو اجتماعية جديدة

rapo-mdph-letter-rapo = طعن إداري مسبق إلى لجنة CDAPH
rapo-mdph-letter-demande-decision = طلب إلى MDPH لتسجيل الطلب أو إصدار قرار مكتوب

rapo-mdph-next-envoyer = أرسلوا الطعن برسالة مضمونة مع إشعار بالاستلام، أو أودعوه لدى MDPH مقابل وصل، خلال الشهرين التاليين للقرار. احتفظوا بنسخة كاملة: ستفيدكم أمام المحكمة.
rapo-mdph-next-conciliation = هناك إمكانية أخرى، خلال الشهرين التاليين للقرار: أن تطلبوا كتابياً من مدير MDPH إجراء مصالحة (conciliation) على يد شخص مؤهَّل. وهذه المصالحة توقف آجال الطعن إلى أن يُقدَّم تقريرها.
rapo-mdph-next-guichet = رفض في الشباك: اطلبوا أولًا كتابةً تسجيل الطلب مع إشعار بالاستلام، أو قرارًا مكتوبًا ومعلَّلًا. ويأتي الطعن أمام CDAPH ضد هذا القرار، أو ضد السكوت بعد إشعار الاستلام.
rapo-mdph-next-tribunal = إذا رفضت CDAPH التظلم، كتابيًا أو بعدم الرد خلال شهرين، تُقترح هنا العريضة إلى المحكمة (القسم الاجتماعي في المحكمة القضائية، أو المحكمة الإدارية بالنسبة إلى RQTH والتوجيه المهني): يمكن للشخص أن يودعها بنفسه دون محامٍ، ويمكن لجمعية أو محامٍ أن يتولّاها.
rapo-mdph-next-favorable = أنصفت CDAPH الشخص: احتفظوا بالقرار الجديد. لا شيء آخر للقيام به.

## الآجال
rapo-mdph-deadline-rapo = آخر يوم لإرسال الطعن إلى لجنة CDAPH (شهران بعد القرار)
rapo-mdph-deadline-rapport-conciliation = على الموفِّق أن يسلّم تقريره (شهران بعد الطلب)؛ ثم يستأنف أجل الطعن سريانه
rapo-mdph-deadline-rejet-implicite-rapo = إذا لم تُجب لجنة CDAPH، يُعدّ الطعن مرفوضاً (شهران بعد استلامه)
rapo-mdph-deadline-tribunal-judiciaire = آخر يوم لرفع الأمر إلى المحكمة القضائية (القطب الاجتماعي، pôle social) بعد رفض لجنة CDAPH للتظلم (كتابيًا أو بالسكوت)
rapo-mdph-deadline-tribunal-administratif = آخر يوم لرفع الأمر إلى المحكمة الإدارية (tribunal administratif) بعد رفض لجنة CDAPH للتظلم (كتابيًا أو بالسكوت) (RQTH، التوجيه المهني)

## ورقة الشرح التي تُسلَّم إلى الشخص.
rapo-mdph-explain-rapo-asks = تطلب هذه الرسالة من لجنة حقوق واستقلالية الأشخاص ذوي الإعاقة (CDAPH) التابعة للدار الإقليمية للأشخاص ذوي الإعاقة (MDPH) أن تعيد النظر في قرارها وأن تغيّره. هذه خطوة إلزامية قبل أن تتمكنوا من اللجوء إلى المحكمة.
rapo-mdph-explain-rapo-to =
    تُوجَّه إلى الدار الإقليمية للأشخاص ذوي الإعاقة، MDPH ({ $departement })، لعناية اللجنة. { $mode_envoi ->
        [guichet] سلّموها في الشباك، واطلبوا وصلاً مؤرَّخاً.
       *[other] تُرسَل برسالة مضمونة مع إشعار بالاستلام.
    }
rapo-mdph-explain-rapo-next =
    إذا لم تردّ اللجنة خلال الشهرين التاليين لاستلامها التظلم (التاريخ: { $deadline-rejet-implicite-rapo })، فهذا رفض: عودوا إلينا، وسنحضّر العريضة إلى { $tribunal_administratif ->
        [true] المحكمة الإدارية (tribunal administratif)
       *[other] المحكمة القضائية (القسم الاجتماعي، pôle social)
    }، التي يمكنكم إيداعها بأنفسكم دون محامٍ خلال الشهرين التاليين.
rapo-mdph-explain-rapo-keep = احتفظوا بالقرار، وبنسخة كاملة من هذه الرسالة ومن الوثائق، وبإثبات الإرسال أو الإيداع: ستفيدكم أمام المحكمة.
rapo-mdph-explain-demande-decision-asks = تطلب هذه الرسالة من MDPH أن تسجّل طلبكم وأن تسلّمكم إشعارًا بالاستلام، ثم أن تعرضه على اللجنة؛ أو، إن رفضت، أن تسلّمكم هذا الرفض مكتوبًا مع أسبابه.
rapo-mdph-explain-demande-decision-to =
    تُوجَّه إلى مدير MDPH ({ $departement }). { $mode_envoi ->
        [guichet] أودعوها في الشباك واطلبوا وصلًا مؤرَّخًا.
       *[other] تُرسَل برسالة مضمونة مع إشعار بالاستلام.
    }
rapo-mdph-explain-demande-decision-next = لا يسري أي أجل للطعن ما دام لم يُسلَّم لكم قرار مكتوب. عودوا إلينا ومعكم إشعار الاستلام أو ردّ MDPH: يمكن حينئذ إعداد الطعن.
rapo-mdph-explain-demande-decision-keep = احتفظوا بنسخة من هذه الرسالة، وبإثبات الإرسال أو الإيداع، وبأي ردّ من MDPH.
rapo-mdph-q-reponse_rapo = بماذا ردّت CDAPH على التظلم المسبق؟
rapo-mdph-q-reponse_rapo-aucune = لا شيء حتى الآن (أو لم يُرسَل التظلم بعد)
rapo-mdph-q-reponse_rapo-rejet-ecrit = رفضت التظلم كتابيًا
rapo-mdph-q-reponse_rapo-favorable = أنصفت الشخص
rapo-mdph-q-date_reception_rapo = تاريخ استلام MDPH للتظلم (إشعار الاستلام أو الوصل)، إن لم يُحضَّر هنا
rapo-mdph-q-ar_rapo_voies_delais = هل يذكر إشعار استلام التظلم طرق الطعن وآجاله؟
rapo-mdph-q-date_rejet_rapo = تاريخ رسالة رفض التظلم
rapo-mdph-q-voies_delais_rejet = هل تذكر رسالة الرفض طرق الطعن وآجاله (المحكمة، الأجل)؟
rapo-mdph-q-lieu_naissance = مكان الميلاد (المدينة، البلد)
rapo-mdph-q-nationalite = الجنسية
rapo-mdph-q-profession = المهنة (أو « sans profession »)
rapo-mdph-q-tribunal_judiciaire = المحكمة القضائية (القسم الاجتماعي) المذكورة في طرق الطعن في القرار، أو يُسأل عنها MDPH أو محكمة المدينة (مثلًا: Tribunal judiciaire de Bobigny)
rapo-mdph-q-adresse_pole_social = عنوان كتابة ضبط القسم الاجتماعي
rapo-mdph-q-adresse_tribunal = عنوان كتابة ضبط المحكمة الإدارية إن لم يعطه التطبيق (في رسالة الرفض أو على موقع المحكمة) — وإلا فاتركه فارغًا
rapo-mdph-doc-rapo_envoye = نسخة التظلم المسبق المرسل إلى MDPH، مع إشعار الاستلام أو الوصل
rapo-mdph-doc-decision_rejet = رسالة رفض التظلم
rapo-mdph-letter-requete-pole-social = عريضة إلى القسم الاجتماعي في المحكمة القضائية
rapo-mdph-letter-requete-tribunal = عريضة إلى المحكمة الإدارية (RQTH، التوجيه المهني)
rapo-mdph-explain-requete-pole-social-asks = تطلب هذه العريضة من المحكمة القضائية (القسم الاجتماعي) تعديل قرار CDAPH ورفض تظلمكم، والاعتراف بحقوقكم. يمكنكم القيام بذلك دون محامٍ.
rapo-mdph-explain-requete-pole-social-to = تُوجَّه إلى كتابة ضبط القسم الاجتماعي في { $tribunal_judiciaire }: { $adresse_pole_social }. أودعوها في كتابة الضبط (الاستقبال) التي تعطيكم إيصالًا، أو أرسلوها برسالة مضمونة مع إشعار بالاستلام. احرصوا على وصولها قبل الأجل.
rapo-mdph-explain-requete-pole-social-next = تستدعيكم المحكمة إلى جلسة، غالبًا بعد عدة أشهر: احضروها مع أوراقكم، أو وكّلوا قريبًا أو شخصًا مأذونًا له؛ المحامي ليس إلزاميًا. وقد تطلب المحكمة رأي طبيب. إن أردتم محاميًا تدفع الدولة أتعابه، فأرسلوا طلب المساعدة القضائية (الاستمارة cerfa رقم 16146) قبل الأجل: يبدأ الأجل من جديد بعد القرار في المساعدة. يمكن لجمعية أو محامٍ أن يتولّى العريضة في أي وقت.
rapo-mdph-explain-requete-pole-social-keep = احتفظوا بنسخة من العريضة ومن كل الوثائق، وبإيصال كتابة الضبط أو البريد، وبكل رسالة من المحكمة.
rapo-mdph-explain-requete-tribunal-asks = تطلب هذه العريضة من المحكمة الإدارية إلغاء قرار CDAPH ورفض تظلمكم، وأن تأمر بإعادة دراسة وضعكم. يمكنكم القيام بذلك دون محامٍ.
rapo-mdph-explain-requete-tribunal-to = تُوجَّه إلى { $court-ta }: { $court-ta-address }. أودعوها في كتابة ضبط المحكمة (الاستقبال) التي تعطيكم إيصالًا، أو أرسلوها مبكرًا برسالة مضمونة مع إشعار بالاستلام: العبرة بتاريخ وصولها إلى المحكمة لا بتاريخ البريد. أرفقوا نسخة من العريضة ومن كل وثيقة. ويمكن أيضًا إرسالها عبر موقع Télérecours citoyens، لكن ذلك ليس إلزاميًا.
rapo-mdph-explain-requete-tribunal-next = ترسل المحكمة العريضة إلى MDPH التي تردّ كتابيًا؛ ستتلقّون ردّها ويمكنكم الرد عليه. يستغرق ذلك غالبًا عدة أشهر. إن أردتم محاميًا تدفع الدولة أتعابه، فأرسلوا طلب المساعدة القضائية (الاستمارة cerfa رقم 16146) قبل الأجل: يبدأ أجل المحكمة من جديد بعد القرار في المساعدة. يمكن لجمعية أو محامٍ أن يتولّى العريضة في أي وقت.
rapo-mdph-explain-requete-tribunal-keep = احتفظوا بنسخة من العريضة ومن كل الوثائق، وبإيصال كتابة الضبط أو البريد، وبكل رسالة من المحكمة.
