# إجراء «التظلّم الودّي لدى CAF / CPAM» (لجنة التظلّم الودّي، commission de recours amiable).
recours-amiable-caf-cpam-title = الطعن في قرار من صندوق المنح العائلية (CAF) أو من الصندوق الأولي للتأمين الصحي (CPAM)
recours-amiable-caf-cpam-summary = رفض إعانة أو تعليقها أو المطالبة بردّ مبلغ منها (indu)، أو رفض شهادة تمديد دراسة الملف (API): تظلّم مكتوب إلى لجنة التظلّم الودّي (commission de recours amiable)، وهو إلزامي قبل اللجوء إلى المحكمة.
recours-amiable-caf-cpam-audience = كل شخص يتلقى قراراً من صندوق المنح العائلية (CAF) أو من الصندوق الأولي للتأمين الصحي (CPAM) ويعترض عليه.
recours-amiable-caf-cpam-keywords = منح عائلية إعانة السكن منحة النشاط تأمين صحي ضمان اجتماعي مبلغ زائد ردّ مبلغ تعليق رفض تظلّم طعن لجنة التظلّم الودّي CAF CPAM APL indu API ADF CRA محكمة tribunal judiciaire pôle social قاضي عريضة محامي

recours-amiable-caf-cpam-law-prealable = قبل اللجوء إلى المحكمة ضد قرار من CAF أو CPAM، يجب أولاً الكتابة إلى لجنة التظلّم الودّي التابعة له: هذا إلزامي.
recours-amiable-caf-cpam-law-delai = يجب رفع الأمر إلى اللجنة خلال الشهرين التاليين لتبليغ القرار.
recours-amiable-caf-cpam-law-mentions = إذا لم يذكر القرار طرق الطعن وآجاله، فلا يمكن الاحتجاج على الشخص بأجل الشهرين هذا. بعد اللجنة، يمكن اللجوء إلى المحكمة القضائية (tribunal judiciaire، القطب الاجتماعي pôle social) خلال شهرين.
recours-amiable-caf-cpam-law-silence = إذا لم تُجب اللجنة بعد شهرين من استلام التظلّم، يُعدّ التظلّم مرفوضاً: ويبدأ حينئذ أجل اللجوء إلى المحكمة.
recours-amiable-caf-cpam-law-logement = بالنسبة لمساعدة السكن (APL وALF وALS)، يُقدَّم التظلّم أولًا إلى مدير CAF، الذي يمكنه أن يطلب رأي لجنة التظلّم الودّي؛ وهذا إلزامي قبل اللجوء إلى المحكمة. الأجل هو المذكور في القرار.
recours-amiable-caf-cpam-law-tribunal-logement = بالنسبة لمساعدة السكن، المحكمة المختصة بعد ذلك هي المحكمة الإدارية (خلال شهرين بعد الرفض)، وليست المحكمة القضائية.
recours-amiable-caf-cpam-law-pole-social = يُرفع الأمر إلى القسم الاجتماعي (pôle social) في المحكمة القضائية بعريضة مكتوبة تُودَع في كتابة الضبط أو تُرسَل برسالة مضمونة مع إشعار بالاستلام، تشرح الأسباب باختصار وتُرفَق بها القرار المطعون فيه.
recours-amiable-caf-cpam-law-sans-avocat = أمام القسم الاجتماعي، يمكن للشخص أن يدافع عن نفسه دون محامٍ.
recours-amiable-caf-cpam-law-tribunal-competent = المحكمة المختصة هي محكمة مكان سكن الشخص؛ ولبعض المحاكم القضائية فقط قسم اجتماعي، وقرار اللجنة يذكر أيّها.
recours-amiable-caf-cpam-law-api = شهادة تمديد دراسة الملف (API)، مع بطاقة الإقامة المنتهية الصلاحية، تُثبت قانونية الإقامة طوال المدة المذكورة فيها.

recours-amiable-caf-cpam-step-personne = الشخص
recours-amiable-caf-cpam-step-decision = القرار المطعون فيه
recours-amiable-caf-cpam-step-envoi = الإرسال
recours-amiable-caf-cpam-step-tribunal = المحكمة

recours-amiable-caf-cpam-q-nom = اسم العائلة
recours-amiable-caf-cpam-q-prenoms = الاسم الشخصي
recours-amiable-caf-cpam-q-civilite = في الرسالة، يكتب الشخص:
recours-amiable-caf-cpam-q-civilite-madame = «Je soussignée» (سيدة، صيغة المؤنث في الرسالة)
recours-amiable-caf-cpam-q-civilite-monsieur = «Je soussigné» (سيد، صيغة المذكر في الرسالة)
recours-amiable-caf-cpam-q-civilite-non-precise = دون تحديد
recours-amiable-caf-cpam-q-adresse = العنوان أو عنوان التوطين
recours-amiable-caf-cpam-q-organisme = ما الجهة التي اتخذت القرار؟
recours-amiable-caf-cpam-q-organisme-caf = صندوق المنح العائلية (CAF، caisse d'allocations familiales)
recours-amiable-caf-cpam-q-organisme-cpam = الصندوق الأولي للتأمين الصحي (CPAM، caisse primaire d'assurance maladie)
recours-amiable-caf-cpam-q-regime = على أي منحة من منح CAF ينصبّ القرار؟
recours-amiable-caf-cpam-q-regime-autre = المنح العائلية أو AAH أو منحة أخرى من CAF
recours-amiable-caf-cpam-q-regime-aide-logement = مساعدة السكن (APL أو ALF أو ALS)
recours-amiable-caf-cpam-q-regime-rsa = RSA (دخل التضامن النشط)
recours-amiable-caf-cpam-q-regime-prime-activite = منحة النشاط (prime d'activité)
recours-amiable-caf-cpam-q-departement = مقاطعة الصندوق
recours-amiable-caf-cpam-q-numero = رقم المستفيد (numéro d'allocataire) أو رقم الضمان الاجتماعي (NIR أو الرقم المؤقت)
recours-amiable-caf-cpam-q-prestation = ما الإعانة؟ (مثلاً: إعانة السكن «l'allocation de logement»، منحة النشاط «la prime d'activité»، التعويضات اليومية «les indemnités journalières»)
recours-amiable-caf-cpam-q-objet = ماذا يقول القرار؟
recours-amiable-caf-cpam-q-objet-refus = يرفض الإعانة
recours-amiable-caf-cpam-q-objet-suspension = يعلّق الإعانة
recours-amiable-caf-cpam-q-objet-indu = يطالب بردّ مبلغ (indu، أي مبلغ دُفع زيادةً: trop-perçu)
recours-amiable-caf-cpam-q-objet-api-adf = يرفض شهادة API أو ADF كإثبات لقانونية الإقامة
recours-amiable-caf-cpam-q-objet-autre = شيء آخر
recours-amiable-caf-cpam-q-date_notification = تاريخ القرار (أو تاريخ استلامه)
recours-amiable-caf-cpam-q-voies_delais = هل يذكر القرار طرق الطعن وآجاله (لمن نكتب، وفي أي أجل)؟
recours-amiable-caf-cpam-q-motif_contestation = لماذا يعترض الشخص؟ (الوقائع، مع التواريخ)
recours-amiable-caf-cpam-q-adresse_cra = عنوان لجنة التظلّم الودّي (المكتوب على القرار)
recours-amiable-caf-cpam-q-numero_lrar = رقم الرسالة المضمونة (إن كان معروفاً)
recours-amiable-caf-cpam-q-reponse_cra = بماذا ردّت لجنة الطعن الودّي؟
recours-amiable-caf-cpam-q-reponse_cra-aucune = لا شيء حتى الآن (أو لم تُرسَل المطالبة بعد)
recours-amiable-caf-cpam-q-reponse_cra-rejet-ecrit = رفضت المطالبة كتابيًا
recours-amiable-caf-cpam-q-reponse_cra-favorable = أنصفت الشخص
recours-amiable-caf-cpam-q-date_reception_cra = تاريخ استلام الصندوق للمطالبة (على إشعار الاستلام)، إن لم تُحضَّر هنا
recours-amiable-caf-cpam-q-ar_voies_delais_cra = هل أرسل الصندوق إشعارًا باستلام المطالبة يذكر طرق الطعن وآجاله؟
recours-amiable-caf-cpam-q-date_rejet_cra = تاريخ قرار اللجنة
recours-amiable-caf-cpam-q-voies_delais_rejet_cra = هل يذكر هذا القرار طرق الطعن وآجاله (المحكمة، الأجل)؟
recours-amiable-caf-cpam-q-date_naissance = تاريخ الميلاد
recours-amiable-caf-cpam-q-lieu_naissance = مكان الميلاد (المدينة، البلد)
recours-amiable-caf-cpam-q-nationalite = الجنسية
recours-amiable-caf-cpam-q-profession = المهنة (أو « sans profession »)
recours-amiable-caf-cpam-q-tribunal_judiciaire = المحكمة القضائية (القسم الاجتماعي) المذكورة في طرق الطعن في القرار، أو يُسأل عنها الصندوق أو محكمة المدينة (مثلًا: Tribunal judiciaire de Bobigny)
recours-amiable-caf-cpam-q-adresse_pole_social = عنوان كتابة ضبط القسم الاجتماعي

recours-amiable-caf-cpam-doc-decision_contestee = نسخة من القرار المطعون فيه
recours-amiable-caf-cpam-doc-titre_api = شهادة API أو ADF، مع بطاقة الإقامة المنتهية الصلاحية أو وصل إيداع الطلب (récépissé)
recours-amiable-caf-cpam-doc-justificatifs = وثائق إثبات مفيدة (الموارد، شهادة التوطين، شهادة التوقف عن العمل…)
recours-amiable-caf-cpam-doc-courriers = الرسائل المتبادلة من قبلُ مع الصندوق
recours-amiable-caf-cpam-doc-reclamation_envoyee = نسخة المطالبة المرسلة إلى اللجنة، مع إشعار الاستلام
recours-amiable-caf-cpam-doc-decision_cra = قرار لجنة الطعن الودّي

recours-amiable-caf-cpam-letter-reclamation-cra = تظلّم إلى لجنة التظلّم الودّي

recours-amiable-caf-cpam-letter-recours-logement = تظلّم إلى مدير CAF (مساعدة السكن)
recours-amiable-caf-cpam-letter-requete-pole-social = عريضة إلى القسم الاجتماعي في المحكمة القضائية

recours-amiable-caf-cpam-next-rsa = لا يُطعن في RSA أمام لجنة التظلّم الودّي: افتحوا إجراء « Recours RSA » (تظلّم إلى رئيس المجلس الإقليمي، ثم المحكمة الإدارية).
recours-amiable-caf-cpam-next-prime-activite = يُطعن في منحة النشاط أولًا لدى CAF، ثم أمام المحكمة الإدارية. التطبيق لا يُعِدّ هذا التظلّم بعد: استعينوا بجمعية متخصصة.
recours-amiable-caf-cpam-next-logement = مساعدة السكن: أرسلوا التظلّم إلى مدير CAF برسالة مضمونة مع إشعار بالاستلام، في الأجل المذكور في القرار. بعد ذلك، المحكمة الإدارية هي المختصة.
recours-amiable-caf-cpam-next-envoyer = أرسلوا التظلّم برسالة مضمونة مع إشعار بالاستلام، قبل انتهاء الشهرين التاليين للقرار: يُعتدّ بتاريخ ختم البريد. احتفظوا بنسخة كاملة.
recours-amiable-caf-cpam-next-api = أرفقوا شهادة API (أو ADF) وبطاقة الإقامة المنتهية الصلاحية: فهما معاً تُثبتان قانونية الإقامة.
recours-amiable-caf-cpam-next-pole-social = إذا رفضت اللجنة المطالبة، كتابيًا أو بعدم الرد خلال شهرين، تُقترح هنا العريضة إلى القسم الاجتماعي في المحكمة القضائية: يمكن للشخص أن يودعها بنفسه دون محامٍ، ويمكن لجمعية أو محامٍ أن يتولّاها.
recours-amiable-caf-cpam-next-cra-favorable = أنصفت اللجنة الشخص: تحقّق من أن الصندوق يطبّق قرارها (إعادة الحق، دفع المبالغ المستحقة)؛ وإلا فاكتب إليه مع إرفاق هذا القرار.

## الآجال
recours-amiable-caf-cpam-deadline-saisine-cra = آخر يوم للكتابة إلى لجنة التظلّم الودّي (شهران بعد القرار)
recours-amiable-caf-cpam-deadline-rejet-implicite-cra = إذا لم تُجب اللجنة، يُعدّ التظلّم مرفوضاً (شهران بعد استلامه)
recours-amiable-caf-cpam-deadline-pole-social = آخر يوم لرفع الأمر إلى المحكمة القضائية (القسم الاجتماعي) بعد رفض المطالبة (كتابيًا، أو بسكوت اللجنة)

## ورقة الشرح التي تُسلَّم إلى الشخص.
recours-amiable-caf-cpam-explain-reclamation-cra-asks =
    تطلب هذه الرسالة من لجنة التظلّم الودّي { $organisme ->
        [cpam] التابعة للصندوق الأولي للتأمين الصحي (CPAM)
       *[other] التابعة لصندوق المنح العائلية (CAF)
    } أن تعيد النظر في القرار الصادر في { $date_notification } بشأن { $prestation } وأن تلغيه. هذه خطوة إلزامية قبل أن تتمكنوا من اللجوء إلى المحكمة.
recours-amiable-caf-cpam-explain-reclamation-cra-to = تُرسَل برسالة مضمونة مع إشعار بالاستلام إلى لجنة التظلّم الودّي، على العنوان المكتوب على القرار.
recours-amiable-caf-cpam-explain-reclamation-cra-next = تقرّر اللجنة بناءً على الأوراق، دون أن تستمع إليكم: يجب أن يكون كل شيء في الرسالة. إذا لم تُجب خلال شهرين بعد استلام الرسالة (التاريخ: { $deadline-rejet-implicite-cra })، فهذا رفض؛ ويمكنكم حينئذ اللجوء إلى المحكمة القضائية (القطب الاجتماعي، pôle social) خلال الشهرين التاليين (آخر أجل: { $deadline-pole-social })، بأنفسكم ودون محامٍ — العريضة تُحضَّر هنا — أو بمساعدة جمعية أو محامٍ.
recours-amiable-caf-cpam-explain-reclamation-cra-keep = احتفظوا بالقرار، وبنسخة من هذه الرسالة ومن الوثائق، وبوصل الإرسال، وبإشعار الاستلام الموقَّع. واحتفظوا أيضاً بكل ردّ من الصندوق.
recours-amiable-caf-cpam-deadline-rejet-implicite-logement = إذا لم تُجب CAF، يُرفض التظلّم بشأن مساعدة السكن (شهران بعد استلامه)
recours-amiable-caf-cpam-deadline-tribunal-logement = آخر يوم للجوء إلى المحكمة الإدارية بعد سكوت CAF (مساعدة السكن)
recours-amiable-caf-cpam-explain-recours-logement-asks = تطلب هذه الرسالة من مدير CAF أن يعيد النظر في القرار الصادر بتاريخ { $date_notification } بشأن مساعدة السكن الخاصة بكم ({ $prestation }) وأن يلغيه. هذه خطوة إلزامية قبل أن تتمكنوا من اللجوء إلى المحكمة الإدارية.
recours-amiable-caf-cpam-explain-recours-logement-to = تُرسَل برسالة مضمونة مع إشعار بالاستلام، إلى العنوان المذكور في القرار. أرسلوها في الأجل المذكور في القرار (شهران مبدئيًا): تاريخ ختم البريد هو المعتمد.
recours-amiable-caf-cpam-explain-recours-logement-next = إذا لم تُجب CAF خلال شهرين بعد استلام الرسالة (التاريخ: { $deadline-rejet-implicite-logement })، فهذا رفض؛ ويمكنكم حينئذ اللجوء إلى المحكمة الإدارية خلال الشهرين التاليين (آخر أجل: { $deadline-tribunal-logement })، بمساعدة جمعية أو محامٍ.
recours-amiable-caf-cpam-explain-recours-logement-keep = احتفظوا بالقرار، وبنسخة من هذه الرسالة والوثائق، وبوصل الإرسال وإشعار الاستلام الموقَّع. واحتفظوا أيضًا بأي ردّ من CAF.
recours-amiable-caf-cpam-explain-requete-pole-social-asks = تطلب هذه العريضة من المحكمة القضائية (القسم الاجتماعي) إلغاء قرار الصندوق ورفض مطالبتكم، وإعادة حقوقكم. يمكنكم القيام بذلك دون محامٍ.
recours-amiable-caf-cpam-explain-requete-pole-social-to = تُوجَّه إلى كتابة ضبط القسم الاجتماعي في { $tribunal_judiciaire }: { $adresse_pole_social }. أودعوها في كتابة الضبط (الاستقبال) التي تعطيكم إيصالًا، أو أرسلوها برسالة مضمونة مع إشعار بالاستلام. احرصوا على وصولها قبل الأجل.
recours-amiable-caf-cpam-explain-requete-pole-social-next = تستدعيكم المحكمة إلى جلسة، غالبًا بعد عدة أشهر: احضروها مع أوراقكم، أو وكّلوا قريبًا أو شخصًا مأذونًا له؛ المحامي ليس إلزاميًا. إن أردتم محاميًا تدفع الدولة أتعابه، فأرسلوا طلب المساعدة القضائية (الاستمارة cerfa رقم 16146) قبل الأجل: يبدأ الأجل من جديد بعد القرار في المساعدة. يمكن لجمعية أو محامٍ أن يتولّى العريضة في أي وقت.
recours-amiable-caf-cpam-explain-requete-pole-social-keep = احتفظوا بنسخة من العريضة ومن كل الوثائق، وبإيصال كتابة الضبط أو البريد، وبكل رسالة من المحكمة.
