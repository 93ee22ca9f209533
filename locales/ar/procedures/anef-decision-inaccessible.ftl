# إجراء « ANEF: قرار معلن في الحساب لكن لا يمكن قراءته ».
anef-decision-inaccessible-title = ANEF: قرار معلن في الحساب، لكنه غير موجود أو غير مقروء
anef-decision-inaccessible-summary = يعرض حساب ANEF قرارًا (سلبيًا، ملفًا مغلقًا، قرارًا متاحًا) لا يمكن قراءته، ولم يصل شيء بالبريد: اطلبوا من المحافظ تبليغه، مع أسبابه وطرق الطعن وآجاله.
anef-decision-inaccessible-audience = كل شخص يعرض طلبُ بطاقة إقامته على ANEF قرارًا لا يستطيع قراءته.
anef-decision-inaccessible-keywords = ANEF قرار سلبي ملف مغلق قرار متاح غير موجود غير مقروء حساب تبليغ المحافظة بطاقة إقامة رفض وصل محامٍ محكمة décision dossier clôturé tribunal

anef-decision-inaccessible-law-notification = لا يُحتجّ على الشخص بآجال الطعن في قرار إلا إذا بُلّغ القرار مع ذكر طرق الطعن وآجاله.
anef-decision-inaccessible-law-delai-raisonnable = في غياب هذا الذكر، يبقى الطعن ممكنًا في أجل معقول، مبدئيًا سنة واحدة من تاريخ علم الشخص بالقرار.

anef-decision-inaccessible-step-personne = الشخص
anef-decision-inaccessible-step-compte = حساب ANEF
anef-decision-inaccessible-step-envoi = الإرسال

anef-decision-inaccessible-q-nom = اسم العائلة
anef-decision-inaccessible-q-prenoms = الأسماء الشخصية
anef-decision-inaccessible-q-civilite = في الرسالة، يكتب الشخص:
anef-decision-inaccessible-q-civilite-madame = « Je soussignée » (سيدة)
anef-decision-inaccessible-q-civilite-monsieur = « Je soussigné » (سيد)
anef-decision-inaccessible-q-civilite-non-precise = دون تحديد
anef-decision-inaccessible-q-date_naissance = تاريخ الميلاد
anef-decision-inaccessible-q-nationalite = الجنسية
anef-decision-inaccessible-q-adresse = العنوان أو عنوان المراسلة
anef-decision-inaccessible-q-numero_etranger = رقم الأجنبي (إن وُجد)
anef-decision-inaccessible-q-titre = البطاقة المطلوبة (مثلًا: carte de séjour temporaire « salarié »)
anef-decision-inaccessible-q-date_depot = تاريخ إيداع الطلب على ANEF
anef-decision-inaccessible-q-numero_demande = رقم طلب ANEF (إن كان معروفًا)
anef-decision-inaccessible-q-mention_anef = ماذا يقول حساب ANEF؟
anef-decision-inaccessible-q-mention_anef-decision-defavorable = « Décision défavorable » (قرار سلبي أو رفض)
anef-decision-inaccessible-q-mention_anef-dossier-cloture = « Dossier clôturé » (ملف مغلق)
anef-decision-inaccessible-q-mention_anef-decision-disponible = « Décision disponible » (قرار متاح) دون ذكر مضمونه
anef-decision-inaccessible-q-date_mention = تاريخ رؤية الإشارة (لقطة شاشة مؤرخة)
anef-decision-inaccessible-q-date_mention-invalid = لا يمكن أن تسبق الإشارةُ إيداعَ الطلب.
anef-decision-inaccessible-q-probleme = ما المشكلة؟
anef-decision-inaccessible-q-probleme-document-absent = لا توجد أي وثيقة مرفقة بالإشارة
anef-decision-inaccessible-q-probleme-document-illisible = الوثيقة لا تُفتح أو غير مقروءة
anef-decision-inaccessible-q-probleme-compte-inaccessible = الحساب لم يعد يُفتح
anef-decision-inaccessible-q-courrier_recu = هل وصل قرار بالبريد أو سُلّم باليد؟
anef-decision-inaccessible-q-oqtf_mentionnee = هل تذكر الرسالة قرارًا بمغادرة التراب الفرنسي (OQTF)؟
anef-decision-inaccessible-q-departement = مقاطعة المحافظة
anef-decision-inaccessible-q-adresse_prefecture = عنوان مصلحة الأجانب في المحافظة

anef-decision-inaccessible-doc-capture = لقطة شاشة مؤرخة لحساب ANEF تُظهر الإشارة
anef-decision-inaccessible-doc-preuve_depot = شهادة إيداع الطلب على ANEF
anef-decision-inaccessible-doc-identite = وثيقة هوية أو وثيقة إقامة

anef-decision-inaccessible-letter-demande-notification = طلب إلى المحافظ لتبليغ القرار

anef-decision-inaccessible-next-envoyer = أرسلوا الرسالة بالبريد المضمون مع لقطة الشاشة المؤرخة. ودون انتظار الرد، عودوا خلال الشهرين التاليين ليوم رؤية الإشارة: إنه التاريخ الأكثر حذرًا للطعن، حتى وإن لم يكن الأجل قابلًا للاحتجاج به بعد.
anef-decision-inaccessible-next-courrier-recu = وصل قرار: هو الذي يجب الطعن فيه، في الأجل الذي يذكره؛ راجعوا جمعية أو محاميًا مع الرسالة وظرفها.
anef-decision-inaccessible-next-oqtf = تذكر الرسالة قرارًا بمغادرة فرنسا: قد تكون آجال الطعن فيه أقصر بكثير من شهرين. راجعوا جمعية أو محاميًا اليوم نفسه.

## الآجال
anef-decision-inaccessible-deadline-prudence = التاريخ الأكثر حذرًا للطعن في القرار المرئي في الحساب (شهران بعد رؤيته؛ أجل غير قابل للاحتجاج به دون تبليغ)

## ورقة الشرح المسلّمة إلى الشخص.
anef-decision-inaccessible-explain-demande-notification-asks = تطلب هذه الرسالة من المحافظة أن ترسل إليكم القرار المتخذ في طلب بطاقة إقامتكم، كاملًا، مع أسبابه وطريقة الطعن فيه: حسابكم على ANEF يعلن عنه، لكنكم لا تستطيعون قراءته.
anef-decision-inaccessible-explain-demande-notification-to = تُرسل برسالة مضمونة مع إشعار بالاستلام إلى مصلحة الأجانب في المحافظة ({ $departement })، مع لقطة شاشة حسابكم.
anef-decision-inaccessible-explain-demande-notification-next = ما دام القرار لم يُرسل إليكم مع ذكر طرق الطعن وآجاله، فلا يُحتجّ عليكم بأجل الطعن فيه. لكن لا تنتظروا: عودوا إلينا قبل { $deadline-prudence }، سواء وصل رد أم لا، لتحضير الخطوة التالية مع جمعية أو محامٍ.
anef-decision-inaccessible-explain-demande-notification-keep = احتفظوا بلقطة الشاشة المؤرخة، وبنسخة من هذه الرسالة، وبإيصال الإرسال، وبإشعار الاستلام الموقّع، وبكل رسالة من المحافظة مع ظرفها.
