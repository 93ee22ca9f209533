# إجراء « طلب المساعدة القضائية » قبل اللجوء إلى المحكمة.
aide-juridictionnelle-title = طلب المساعدة القضائية (محامٍ تدفع الدولة أتعابه) قبل اللجوء إلى المحكمة
aide-juridictionnelle-summary = قبل عريضة إلى المحكمة الإدارية أو القسم الاجتماعي: إرسال الاستمارة cerfa رقم 16146 إلى مكتب المساعدة القضائية مع رسالة تحفظ أجل الدعوى.
aide-juridictionnelle-audience = كل شخص محدود الموارد يريد محاميًا لدعوى أمام المحكمة، بمن في ذلك الأجنبي المقيم في فرنسا دون بطاقة إقامة.
aide-juridictionnelle-keywords = مساعدة قضائية محامٍ مجاني مكتب المساعدة القضائية BAJ cerfa 16146 مصاريف المحكمة المحكمة الإدارية القسم الاجتماعي عريضة طعن aide juridictionnelle avocat tribunal

aide-juridictionnelle-law-formulaire = يُقدَّم الطلب على الاستمارة الرسمية (cerfa رقم 16146)، ويودَع أو يُرسل بالبريد: وإذا أُرسل بالبريد فتاريخه هو تاريخ الختم البريدي.
aide-juridictionnelle-law-bureau = يُوجَّه إلى مكتب المساعدة القضائية لدى المحكمة القضائية (القسم الاجتماعي) أو المحكمة الإدارية التي يتبعها مسكن الشخص؛ ويمكن لأي محكمة أيضًا أن تستلمه وتحيله.
aide-juridictionnelle-law-delai = إذا أُرسل الطلب قبل انتهاء أجل اللجوء إلى المحكمة فإنه يحفظه: يبدأ أجل جديد بالمدة نفسها بعد القرار في المساعدة.
aide-juridictionnelle-law-residence = يحق للأجنبي المقيم عادةً في فرنسا الحصول عليها، حتى دون بطاقة إقامة (قرار المجلس الدستوري بتاريخ 28 مايو 2024).
aide-juridictionnelle-law-ressources = تُقدَّر الموارد على أساس الدخل الضريبي المرجعي والممتلكات وتركيبة الأسرة؛ ولم يعد تلقّي RSA يُعفي من إثباتها.
aide-juridictionnelle-law-provisoire = في الحالات المستعجلة، يمكن للمحكمة نفسها أن تمنح المساعدة مؤقتًا: تُطلب منها ببساطة، مثلًا في عريضة الأمور المستعجلة.

aide-juridictionnelle-step-personne = الشخص
aide-juridictionnelle-step-recours = الدعوى المزمعة

aide-juridictionnelle-q-nom = اسم العائلة
aide-juridictionnelle-q-prenoms = الأسماء الشخصية
aide-juridictionnelle-q-civilite = في الرسالة، يكتب الشخص:
aide-juridictionnelle-q-civilite-madame = « Je soussignée » (سيدة)
aide-juridictionnelle-q-civilite-monsieur = « Je soussigné » (سيد)
aide-juridictionnelle-q-civilite-non-precise = دون تحديد
aide-juridictionnelle-q-date_naissance = تاريخ الميلاد
aide-juridictionnelle-q-nationalite = الجنسية
aide-juridictionnelle-q-adresse = العنوان أو عنوان المراسلة
aide-juridictionnelle-q-etranger_hors_ue = هل الشخص من جنسية أجنبية خارج الاتحاد الأوروبي؟
aide-juridictionnelle-q-juridiction = أمام أي محكمة؟
aide-juridictionnelle-q-juridiction-tribunal-administratif = المحكمة الإدارية (RSA، AME، المحافظة، المدرسة، RQTH…)
aide-juridictionnelle-q-juridiction-pole-social = القسم الاجتماعي في المحكمة القضائية (CAF، CPAM، AAH، AEEH، PCH…)
aide-juridictionnelle-q-objet_recours = ما يُطعن فيه، بالفرنسية، بدءًا بـ « le » أو « la » (مثلًا: le refus de l'aide médicale de l'État du 10 août 2026)
aide-juridictionnelle-q-date_limite_recours = آخر يوم للجوء إلى المحكمة (التاريخ المعروض في ملف الإجراء) — اتركه فارغًا إن لم يكن معروفًا
aide-juridictionnelle-q-bureau_aj = مكتب المساعدة القضائية التابع لمسكن الشخص (مثلًا: Bureau d'aide juridictionnelle du tribunal judiciaire de Bobigny)
aide-juridictionnelle-q-adresse_baj = عنوان مكتب المساعدة القضائية

aide-juridictionnelle-doc-formulaire = الاستمارة cerfa رقم 16146 مملوءة وموقّعة
aide-juridictionnelle-doc-identite = وثيقة هوية أو وثيقة إقامة
aide-juridictionnelle-doc-residence = إثبات الإقامة في فرنسا (عنوان مراسلة، شهادة إيواء، رسائل)
aide-juridictionnelle-doc-ressources = آخر إشعار ضريبي أو إشعار بعدم الخضوع للضريبة، أو إثباتات الموارد للأشهر الستة الأخيرة
aide-juridictionnelle-doc-decision = القرار المطعون فيه (أو إثبات الطلب الذي بقي دون ردّ)

aide-juridictionnelle-letter-demande-aj = رسالة إلى مكتب المساعدة القضائية (مع الاستمارة cerfa)

aide-juridictionnelle-next-envoyer = املؤوا مع الشخص الاستمارة cerfa رقم 16146، واجعلوه يوقّعها، وأرسلوها مع الرسالة بالبريد المضمون قبل انتهاء أجل اللجوء إلى المحكمة. وحضّروا العريضة في الوقت نفسه: تُودَع في الأجل الجديد، أو قبله إن كان الأمر مستعجلًا.
aide-juridictionnelle-next-urgence = في الحالات المستعجلة (الأمور المستعجلة)، لا تنتظروا قرار المكتب: أودعوا العريضة واطلبوا فيها القبول المؤقت في المساعدة القضائية، مع إرسال الاستمارة إلى المكتب أيضًا.
aide-juridictionnelle-next-prealable = هذا الطلب لا يحفظ أجل التظلم المسبق الإلزامي (لجنة الطعن الودي، التظلم لدى CDAPH أو المقاطعة): أرسلوا هذا التظلم أولًا في أجله الخاص. وللطعن في قرار بمغادرة فرنسا، راجعوا محاميًا فورًا: الآجال مختلفة.

## الآجال
aide-juridictionnelle-deadline-envoi-aj = آخر يوم لإرسال طلب المساعدة القضائية (نهاية أجل اللجوء إلى المحكمة)

## ورقة الشرح المسلّمة إلى الشخص.
aide-juridictionnelle-explain-demande-aj-asks = ترافق هذه الرسالة طلبكم للمساعدة القضائية: إذا قُبل، تدفع الدولة أتعاب محاميكم كلها أو بعضها. يجب إرفاق الاستمارة cerfa رقم 16146 مملوءة وموقّعة.
aide-juridictionnelle-explain-demande-aj-to = تُرسل برسالة مضمونة مع إشعار بالاستلام إلى: { $bureau_aj }، { $adresse_baj }. ويمكنكم أيضًا إيداعها في مكتب المساعدة القضائية، أو في استقبال أي محكمة، التي تحيلها.
aide-juridictionnelle-explain-demande-aj-next = قد يطلب منكم المكتب أوراقًا إضافية: أجيبوا بسرعة. ثم يرسل إليكم قراره، واسم محاميكم إذا قُبلت المساعدة. يبدأ أجل اللجوء إلى المحكمة من جديد بعد هذا القرار: احتفظوا بالرسالة وظرفها، وعودوا إلينا فور وصولها.
aide-juridictionnelle-explain-demande-aj-keep = احتفظوا بنسخة من الاستمارة ومن هذه الرسالة ومن الوثائق، وبإيصال الإرسال وإشعار الاستلام الموقّع.
aide-juridictionnelle-explain-demande-aj-past = انتهى أجل اللجوء إلى المحكمة: إذا أُرسل الطلب الآن فلن يحفظه، وقد تُرفض العريضة لهذا السبب وحده. راجعوا جمعية أو محاميًا دون انتظار.
