# إجراء «طلب PUMa أو CSS أو AME بلا ردّ».
sante-sans-reponse-title = طلب الحماية الصحية الشاملة (PUMa) أو التغطية الصحية التكميلية التضامنية أو المساعدة الطبية للدولة (AME) بقي بلا ردّ
sante-sans-reponse-summary = لا يُجيب الصندوق الأولي للتأمين الصحي (CPAM) منذ أكثر من شهرين على طلب الحماية الصحية (PUMa) أو التغطية الصحية التكميلية التضامنية (CSS، complémentaire santé solidaire) أو المساعدة الطبية للدولة (AME، aide médicale de l'État): اطلبوا شهادة الموافقة (CSS) أو قراراً مكتوباً ومعلَّلاً (PUMa، AME).
sante-sans-reponse-audience = كل شخص أودع ملفاً كاملاً لدى الصندوق الأولي للتأمين الصحي (CPAM) ولم يتلقَّ بعد شهرين لا بطاقة ولا شهادة ولا قراراً.
sante-sans-reponse-keywords = صحة تأمين صحي ضمان اجتماعي الحماية الصحية الشاملة التغطية الصحية التكميلية التضامنية تأمين تكميلي المساعدة الطبية للدولة بطاقة التأمين الصحي بلا ردّ سكوت انتظار ملف عالق CPAM PUMa CSS CMU AME mutuelle carte vitale complémentaire santé solidaire aide médicale de l'État تظلم مسبق محكمة إدارية عريضة محامٍ رفض AME tribunal

sante-sans-reponse-law-css = التغطية الصحية التكميلية التضامنية (complémentaire santé solidaire): إذا لم يُبلَّغ القرار داخل الأجل، يُعدّ الطلب مقبولاً (نصّ جرى التحقق منه في صيغته لسنة 2019؛ يجب التأكد منه على موقع Légifrance قبل أي نزاع قضائي). الأجل المعتمد هو شهران بعد استلام الملف الكامل.
sante-sans-reponse-law-attestation = الموافقة الناشئة عن سكوت الإدارة تعطي الحقّ، بناءً على طلب، في الحصول على شهادة: وهذه هي الوثيقة التي يطالب بها الشخص بالنسبة إلى CSS.
sante-sans-reponse-law-accuse = يجب أن يتلقّى كل طلب إشعاراً بالاستلام يذكر التاريخ الذي سينشأ فيه قرار ضمني، وفي حالة الرفض، طرق الطعن وآجاله.
sante-sans-reponse-law-inopposable = ضد قرار ناشئ عن السكوت، لا يمكن الاحتجاج على الشخص بآجال الطعن إلا إذا كان إشعار استلام الطلب قد ذكرها.
sante-sans-reponse-law-motifs = بعد رفض ناشئ عن السكوت، يمكن للشخص أن يطلب الأسباب: ويجب تقديمها خلال شهر، ويُمدَّد أجل اللجوء إلى المحكمة.
sante-sans-reponse-law-ame = يمنح مدير الصندوق الأولي للتأمين الصحي (CPAM) المساعدة الطبية للدولة (AME) أو يرفضها باسم الدولة؛ وتُرفع النزاعات إلى المحكمة الإدارية (tribunal administratif). بالنسبة إلى PUMa وAME، لم يجرِ التحقق من أي قاعدة خاصة بالسكوت: يعامل التطبيق سكوت شهرين كرفض، من باب الحيطة.
sante-sans-reponse-law-recours-prealable = قبل اللجوء إلى المحكمة الإدارية ضد رفض AME، يجب أولاً تقديم تظلم مكتوب إلى من اتخذ القرار (مدير CPAM نيابة عن الدولة). ويمكن للشخص أن يطلب الاستماع إليه، برفقة من يختار.
sante-sans-reponse-law-rejet-recours = إذا لم يصل ردّ بعد شهرين من استلامه، يُعدّ التظلم مرفوضًا.
sante-sans-reponse-law-tribunal = يمكن بعد ذلك اللجوء إلى المحكمة الإدارية خلال الشهرين التاليين للرفض، كتابيًا كان أو بالسكوت؛ والمحكمة المختصة هي محكمة مقاطعة CPAM التي اتخذت القرار. وبعد السكوت، يجب إرفاق ما يثبت تاريخ استلام التظلم.
sante-sans-reponse-law-sans-avocat = أمام المحكمة الإدارية، لا تحتاج قضية AME إلى محامٍ: يمكن للشخص أن يكتب العريضة ويودعها بنفسه.
sante-sans-reponse-law-aide-juridictionnelle = طلب المساعدة القضائية المُرسَل قبل انتهاء أجل المحكمة يحفظ الأجل: يبدأ أجل جديد بالمدة نفسها بعد القرار في المساعدة.

sante-sans-reponse-step-personne = الشخص
sante-sans-reponse-step-demande = الطلب الذي بقي بلا ردّ
sante-sans-reponse-step-envoi = الإرسال
sante-sans-reponse-step-recours = التظلم (AME)
sante-sans-reponse-step-tribunal = المحكمة (AME)

sante-sans-reponse-q-nom = اسم العائلة
sante-sans-reponse-q-prenoms = الاسم الشخصي
sante-sans-reponse-q-civilite = في الرسالة، يكتب الشخص:
sante-sans-reponse-q-civilite-madame = «Je soussignée» (سيدة، صيغة المؤنث في الرسالة)
sante-sans-reponse-q-civilite-monsieur = «Je soussigné» (سيد، صيغة المذكر في الرسالة)
sante-sans-reponse-q-civilite-non-precise = دون تحديد
sante-sans-reponse-q-date_naissance = تاريخ الميلاد
sante-sans-reponse-q-adresse = العنوان أو عنوان التوطين
sante-sans-reponse-q-droit = ماذا طلب الشخص؟
sante-sans-reponse-q-droit-puma = الحماية الصحية (PUMa: الانتساب إلى التأمين الصحي)
sante-sans-reponse-q-droit-css = التغطية الصحية التكميلية التضامنية (CSS، complémentaire santé solidaire)
sante-sans-reponse-q-droit-ame = المساعدة الطبية للدولة (AME، aide médicale de l'État)
sante-sans-reponse-q-departement = مقاطعة (département) الصندوق الأولي للتأمين الصحي (CPAM) الذي استلم الطلب؛ وبالنسبة إلى AME تحدّد أيضًا المحكمة الإدارية المختصة
sante-sans-reponse-q-numero = رقم الضمان الاجتماعي أو رقم الانتظار المؤقت أو رقم الملف (إن كان لدى الشخص رقم)
sante-sans-reponse-q-date_envoi = تاريخ إرسال الملف الكامل أو إيداعه
sante-sans-reponse-q-date_reception = تاريخ استلام CPAM للملف (إشعار الاستلام، الوصل «récépissé»)، إن كان معروفاً
sante-sans-reponse-q-ar_voies_delais = هل أرسل CPAM إشعاراً بالاستلام يذكر طرق الطعن وآجاله؟
sante-sans-reponse-q-adresse_cpam = عنوان CPAM
sante-sans-reponse-q-numero_lrar = رقم الرسالة المضمونة (إن كان معروفاً)
sante-sans-reponse-q-reponse_cpam = بماذا ردّ CPAM على طلب AME؟
sante-sans-reponse-q-reponse_cpam-aucune = لا شيء حتى الآن
sante-sans-reponse-q-reponse_cpam-refus-ecrit = رفض مكتوب
sante-sans-reponse-q-reponse_cpam-accord = مُنحت AME
sante-sans-reponse-q-date_refus_ame = تاريخ رسالة الرفض
sante-sans-reponse-q-date_refus_ame-invalid = لا يمكن أن يكون تاريخ الرفض سابقًا لإرسال الطلب.
sante-sans-reponse-q-voies_delais_refus = هل تذكر رسالة الرفض طريقة الطعن فيه وأجله؟
sante-sans-reponse-q-motif_contestation = لماذا يحق للشخص الحصول على AME (مثلاً: يعيش في فرنسا منذ أكثر من ثلاثة أشهر، وموارده دون السقف) — تُكتب بالفرنسية كما هي في التظلم
sante-sans-reponse-q-etre_entendu = هل يريد الشخص أن يستمع إليه CPAM، برفقة من يختار؟
sante-sans-reponse-q-reponse_recours = بماذا ردّ CPAM على التظلم المسبق؟
sante-sans-reponse-q-reponse_recours-aucune = لا شيء حتى الآن (أو لم يُرسَل التظلم بعد)
sante-sans-reponse-q-reponse_recours-rejet-ecrit = رفض التظلم كتابيًا
sante-sans-reponse-q-reponse_recours-accord = منح AME
sante-sans-reponse-q-date_reception_recours = تاريخ استلام CPAM للتظلم (على إشعار الاستلام)، إن لم يُحضَّر هنا
sante-sans-reponse-q-ar_recours_voies_delais = هل أرسل CPAM إشعارًا باستلام التظلم يذكر طرق الطعن وآجاله؟
sante-sans-reponse-q-date_rejet_recours = تاريخ رسالة رفض التظلم
sante-sans-reponse-q-date_rejet_recours-invalid = لا يمكن أن يكون رفض التظلم سابقًا لرسالة الرفض.
sante-sans-reponse-q-voies_delais_rejet = هل تذكر رسالة الرفض طرق الطعن وآجاله (المحكمة، الأجل)؟
sante-sans-reponse-q-adresse_tribunal = عنوان كتابة ضبط المحكمة الإدارية إن لم يعطه التطبيق (في رسالة الرفض أو على موقع المحكمة) — وإلا فاتركه فارغًا

sante-sans-reponse-doc-copie_demande = نسخة من ملف الطلب (الاستمارة وقائمة الوثائق المُرسَلة)
sante-sans-reponse-doc-preuve_depot = إثبات الإيداع: إشعار الاستلام البريدي، أو الوصل (récépissé)، أو إشعار الاستلام من CPAM
sante-sans-reponse-doc-identite = وثيقة هوية أو وثيقة إقامة
sante-sans-reponse-doc-domiciliation = شهادة التوطين
sante-sans-reponse-doc-decision_refus = رسالة رفض AME
sante-sans-reponse-doc-recours_envoye = نسخة التظلم المسبق المرسل إلى CPAM، مع إشعار الاستلام
sante-sans-reponse-doc-decision_rejet = رسالة رفض التظلم
sante-sans-reponse-doc-justificatifs = إثباتات الحق في AME (الإقامة، الموارد)

sante-sans-reponse-letter-attestation-css = طلب شهادة الموافقة على التغطية الصحية التكميلية التضامنية
sante-sans-reponse-letter-demande-decision = طلب قرار مكتوب ومعلَّل إلى CPAM
sante-sans-reponse-letter-recours-prealable-ame = تظلم مسبق ضد رفض AME
sante-sans-reponse-letter-requete-tribunal = عريضة إلى المحكمة الإدارية (AME)

sante-sans-reponse-next-css = بعد شهرين من استلام الملف الكامل دون تبليغ أي قرار، تُعدّ التغطية الصحية التكميلية التضامنية (CSS) ممنوحة: أرسلوا طلب الشهادة برسالة مضمونة، وقدّموا الشهادة إلى مقدّمي العلاج.
sante-sans-reponse-next-puma = أرسلوا طلب القرار برسالة مضمونة. إذا لم يصل ردّ، ارفعوا الأمر إلى لجنة التظلّم الودّي (commission de recours amiable) لدى CPAM (إجراء «الطعن في قرار من CAF أو CPAM»).
sante-sans-reponse-next-ame = أرسلوا طلب القرار برسالة مضمونة. إذا لم يصل ردّ أو بعد رفض مكتوب، قدّموا التظلم المسبق إلى مدير CPAM (مقترح هنا)، وهو إلزامي قبل المحكمة الإدارية (tribunal administratif).
sante-sans-reponse-next-incertain = انتبهوا: بالنسبة إلى PUMa وAME، لم يجرِ التحقق من مدة السكوت التي تُعدّ رفضاً. التواريخ المعروضة تتبع القاعدة العامة (شهران): تصرّفوا دون انتظار واحتفظوا بكل الأدلة.
sante-sans-reponse-next-recours-ame = رُفضت AME، كتابيًا أو بالسكوت: قدّموا أولاً التظلم المسبق إلى مدير CPAM (وهو إلزامي قبل المحكمة الإدارية) برسالة مضمونة؛ وإذا لم يصل ردّ بعد شهرين من استلامه، يمكن اللجوء إلى المحكمة الإدارية (tribunal administratif).
sante-sans-reponse-next-tribunal-ame = إذا رفض CPAM التظلم، كتابيًا أو بعدم الرد خلال شهرين، تُقترح هنا العريضة إلى المحكمة الإدارية: يمكن للشخص أن يودعها بنفسه دون محامٍ، ويمكن لجمعية أو محامٍ أن يتولّاها، وأن يطلب في الوقت نفسه من قاضي الأمور المستعجلة وقف تنفيذ الرفض إذا كان العلاج لا يحتمل الانتظار. وفي الأثناء، تقدّم خدمة PASS في المستشفى العلاج دون تغطية.
sante-sans-reponse-next-ame-accordee = مُنحت AME: احتفظوا بالقرار واستلموا البطاقة. لا شيء آخر للقيام به.

## الآجال
sante-sans-reponse-deadline-acceptation-css = تُعدّ التغطية الصحية التكميلية التضامنية (CSS) ممنوحة لعدم تبليغ أي قرار (شهران بعد استلام الملف)
sante-sans-reponse-deadline-silence-demande = إذا لم يصل ردّ، يجب اعتبار الطلب مرفوضاً (شهران بعد استلام الملف؛ القاعدة غير مؤكدة بالنسبة إلى PUMa وAME)
sante-sans-reponse-deadline-motifs = يجب على CPAM أن يقدّم أسباب الرفض (شهر واحد بعد استلام الطلب)
sante-sans-reponse-deadline-saisine-cra = آخر يوم لرفع الأمر إلى لجنة التظلّم الودّي لدى CPAM بعد الرفض الضمني
sante-sans-reponse-deadline-tribunal-administratif = آخر يوم لرفع الأمر إلى المحكمة الإدارية بعد رفض التظلم المسبق (AME)
sante-sans-reponse-deadline-recours-prealable = آخر يوم لتقديم التظلم المسبق ضد رفض AME
sante-sans-reponse-deadline-rejet-implicite-recours = إذا لم يردّ CPAM، يُعدّ التظلم المسبق مرفوضًا (شهران بعد استلامه)

## ورقة الشرح التي تُسلَّم إلى الشخص.
sante-sans-reponse-explain-attestation-css-asks = تطلب هذه الرسالة من الصندوق الأولي للتأمين الصحي (CPAM) ورقةً تُثبت أن التغطية الصحية التكميلية التضامنية (complémentaire santé solidaire) قد مُنحت لكم: إذا لم يصدر قرار داخل الأجل، يُعدّ طلبكم مقبولاً.
sante-sans-reponse-explain-attestation-css-to = تُرسَل برسالة مضمونة مع إشعار بالاستلام إلى CPAM ({ $departement }).
sante-sans-reponse-explain-attestation-css-next = يُعدّ طلبكم مقبولاً منذ { $deadline-acceptation-css }. أظهروا هذه الرسالة، والشهادة عندما تصلكم، للطبيب أو الصيدلي أو المستشفى. إذا ردّ CPAM برفض، فعودوا إلينا ومعكم رسالته.
sante-sans-reponse-explain-attestation-css-keep = احتفظوا بنسخة من ملفكم، وبإثبات إيداعه، وبنسخة من هذه الرسالة، وبوصل الإرسال، وبإشعار الاستلام الموقَّع.
sante-sans-reponse-explain-demande-decision-asks =
    تطلب هذه الرسالة من الصندوق الأولي للتأمين الصحي (CPAM) أن يُجيب كتابياً على طلبكم { $droit ->
        [ame] للمساعدة الطبية للدولة (AME)
       *[other] للحماية الصحية (PUMa)
    }، وأن يذكر السبب إذا رفضه.
sante-sans-reponse-explain-demande-decision-to = تُرسَل برسالة مضمونة مع إشعار بالاستلام إلى CPAM ({ $departement }).
sante-sans-reponse-explain-demande-decision-next =
    يجب على CPAM أن يقدّم أسبابه خلال الشهر الذي يلي استلام هذه الرسالة (التاريخ: { $deadline-motifs }). إذا لم يصل ردّ، يمكن الطعن في الرفض: { $droit ->
        [ame] أولاً بتظلم مسبق إلى مدير CPAM، وهو إلزامي قبل المحكمة الإدارية (آخر أجل: { $deadline-recours-prealable }).
       *[other] أمام لجنة التظلّم الودّي (commission de recours amiable) لدى CPAM (آخر أجل: { $deadline-saisine-cra }).
    } عودوا إلينا قبل هذا التاريخ.
sante-sans-reponse-explain-demande-decision-keep = احتفظوا بنسخة من ملفكم، وبإثبات إيداعه، وبنسخة من هذه الرسالة، وبوصل الإرسال، وبإشعار الاستلام الموقَّع. واحتفظوا أيضاً بكل رسالة من CPAM.
sante-sans-reponse-explain-recours-prealable-ame-asks = تطعن هذه الرسالة في رفض المساعدة الطبية من الدولة (AME) وتطلب من CPAM أن يمنحكم إياها. وهي خطوة إلزامية قبل أن تتمكنوا من اللجوء إلى المحكمة الإدارية.
sante-sans-reponse-explain-recours-prealable-ame-to = تُرسل برسالة مضمونة مع إشعار بالاستلام إلى مدير CPAM الذي يقرّر نيابة عن الدولة.
sante-sans-reponse-explain-recours-prealable-ame-next = إذا لم يصل ردّ خلال الشهرين التاليين لاستلام هذه الرسالة (التاريخ: { $deadline-rejet-implicite-recours })، فهذا رفض: عودوا إلينا، وسنحضّر العريضة إلى المحكمة الإدارية التي يمكنكم إيداعها بأنفسكم دون محامٍ. وإذا احتجتم إلى العلاج قبل ذلك، فتوجّهوا إلى خدمة الوصول إلى العلاج (PASS) في أحد المستشفيات.
sante-sans-reponse-explain-recours-prealable-ame-keep = احتفظوا بنسخة من هذه الرسالة، وبوصل الإرسال، وبإشعار الاستلام الموقَّع، وبملف طلبكم، وبكل رسالة من CPAM.
sante-sans-reponse-explain-requete-tribunal-asks = تطلب هذه العريضة من المحكمة الإدارية إلغاء رفض المساعدة الطبية الحكومية (AME) ورفض تظلمكم، وأن تأمر بمنحكم AME. يمكنكم القيام بذلك دون محامٍ.
sante-sans-reponse-explain-requete-tribunal-to = تُوجَّه إلى { $court-ta }: { $court-ta-address }. أودعوها في كتابة ضبط المحكمة (الاستقبال) التي تعطيكم إيصالًا، أو أرسلوها مبكرًا برسالة مضمونة مع إشعار بالاستلام: العبرة بتاريخ وصولها إلى المحكمة لا بتاريخ البريد. أرفقوا نسخة من العريضة ومن كل وثيقة. ويمكن أيضًا إرسالها عبر موقع Télérecours citoyens، لكن ذلك ليس إلزاميًا.
sante-sans-reponse-explain-requete-tribunal-next = ترسل المحكمة العريضة إلى الإدارة التي تردّ كتابيًا؛ ستتلقّون ردّها ويمكنكم الرد عليه. يستغرق ذلك غالبًا عدة أشهر: إذا احتجتم إلى العلاج قبل ذلك، فتوجّهوا إلى خدمة PASS في أحد المستشفيات. إن أردتم محاميًا تدفع الدولة أتعابه، فأرسلوا طلب المساعدة القضائية (الاستمارة cerfa رقم 16146) قبل الأجل: يبدأ أجل المحكمة من جديد بعد القرار في المساعدة. يمكن لجمعية أو محامٍ أن يتولّى العريضة في أي وقت.
sante-sans-reponse-explain-requete-tribunal-keep = احتفظوا بنسخة من العريضة ومن كل الوثائق، وبإيصال كتابة الضبط أو البريد، وبكل رسالة من المحكمة.
