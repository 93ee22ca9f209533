# إجراء «اللجوء إلى المدافع عن الحقوق» (saisir le Défenseur des droits)، بالتوازي مع أي إجراء آخر.
defenseur-des-droits-title = اللجوء إلى المدافع عن الحقوق (Défenseur des droits)
defenseur-des-droits-summary = مرفق عام لا يُجيب أو يعرقل الملف، أو تمييز، أو حقوق طفل: شكوى (réclamation) إلى المدافع عن الحقوق (Défenseur des droits)، بالإضافة إلى الطعون، ومجاناً.
defenseur-des-droits-audience = كل شخص، بالتوازي مع أي إجراء آخر.
defenseur-des-droits-keywords = المدافع عن الحقوق شكوى تمييز مرفق عام إدارة محافظة وساطة المندوب حقوق الطفل Défenseur des droits DDD réclamation discrimination service public préfecture médiation délégué droits de l'enfant

defenseur-des-droits-law-parallele = يمكن اللجوء إلى المدافع عن الحقوق (Défenseur des droits) في الوقت نفسه مع الطعون. انتبهوا: اللجوء إليه لا يوقف آجال الطعن، فهي تستمر في السريان.
defenseur-des-droits-law-prealable = إذا كانت المشكلة مع مرفق عام، يجب أولاً أن يكون الشخص قد قام بإجراءات لدى هذا المرفق.

defenseur-des-droits-step-personne = الشخص
defenseur-des-droits-step-reclamation = الشكوى

defenseur-des-droits-q-nom = اسم العائلة
defenseur-des-droits-q-prenoms = الاسم الشخصي
defenseur-des-droits-q-civilite = في الرسالة، يكتب الشخص:
defenseur-des-droits-q-civilite-madame = «Je soussignée» (سيدة، صيغة المؤنث في الرسالة)
defenseur-des-droits-q-civilite-monsieur = «Je soussigné» (سيد، صيغة المذكر في الرسالة)
defenseur-des-droits-q-civilite-non-precise = دون تحديد
defenseur-des-droits-q-adresse = العنوان أو عنوان التوطين
defenseur-des-droits-q-domaine = بماذا يتعلق الأمر؟
defenseur-des-droits-q-domaine-service-public = مرفق عام (المحافظة «préfecture»، CAF، CPAM، البلدية «mairie»…)
defenseur-des-droits-q-domaine-discrimination = تمييز
defenseur-des-droits-q-domaine-enfant = حقوق طفل
defenseur-des-droits-q-domaine-autre = شيء آخر
defenseur-des-droits-q-organisme = المرفق أو الجهة أو الشخص المعني
defenseur-des-droits-q-date_faits = تاريخ الوقائع (أو تاريخ بداية الصعوبات)
defenseur-des-droits-q-faits = الوقائع، مع التواريخ
defenseur-des-droits-q-demarches_prealables = الإجراءات التي سبق القيام بها لدى هذا المرفق (التواريخ، الوسيلة، الردود)
defenseur-des-droits-q-adresse_delegue = عنوان المندوب (délégué) التابع للمدافع عن الحقوق (مكتب الاستقبال المحلي، permanence locale)

defenseur-des-droits-doc-pieces_faits = نسخ مفيدة (القرار، الرسائل، لقطات الشاشة)
defenseur-des-droits-doc-preuves_demarches = أدلة الإجراءات التي سبق القيام بها لدى المرفق

defenseur-des-droits-letter-reclamation = شكوى إلى المدافع عن الحقوق

defenseur-des-droits-next-parallele = أرسلوا الشكوى إلى المندوب (délégué) التابع للمدافع عن الحقوق أو سلّموها له. وواصلوا في الوقت نفسه الطعون الجارية: آجالها لا تتوقف.

## ورقة الشرح التي تُسلَّم إلى الشخص.
defenseur-des-droits-explain-reclamation-asks = تطلب هذه الرسالة من المدافع عن الحقوق (Défenseur des droits)، وهو هيئة مستقلة ومجانية، أن يتدخّل لدى { $organisme } حتى تُحترم حقوقكم.
defenseur-des-droits-explain-reclamation-to = هي موجَّهة إلى المندوب (délégué) التابع للمدافع عن الحقوق. ويمكنكم أيضاً تسليمها في مكتب استقباله (permanence).
defenseur-des-droits-explain-reclamation-next = قد يتصل بكم المندوب لطلب توضيحات، ثم يتدخّل لدى المرفق. انتبهوا: هذا الإجراء لا يحلّ محلّ الطعون ولا يوقف آجالها. واصلوا الإجراءات الأخرى في الوقت نفسه.
defenseur-des-droits-explain-reclamation-keep = احتفظوا بنسخة من هذه الرسالة ومن الوثائق، وبكل ردّ من المدافع عن الحقوق.
