# واجهة Permanence — العربية.

app-name = Permanence
app-tagline = المساعدة في إجراءات الوصول إلى الحقوق
skip-to-content = الانتقال إلى المحتوى
offline-badge = دون اتصال · كل البيانات تبقى على هذا الحاسوب
loading = جارٍ الفتح…

nav-label = التنقل الرئيسي
action-on = { $action }: { $target }
name-and-procedure = { $name }، { $procedure }
nav-people = الأشخاص
nav-dossiers = الملفات
nav-deadlines = الآجال
nav-procedures = الإجراءات
nav-settings = الإعدادات
nav-shortcut-hint = اختصار: Alt+{ $key }

people-title = الأشخاص
people-empty = لم يُسجَّل أي شخص بعد.
people-empty-hint = سيظهر هنا الأشخاص الذين ترافقونهم. تبقى بياناتهم على هذا الحاسوب.

dossiers-title = الملفات
dossiers-empty = لا يوجد ملف مفتوح.
dossiers-empty-hint = يُفتح ملف لكل إجراء يُباشَر مع شخص ما.

deadlines-title = الآجال
deadlines-empty-hint = لا توجد آجال حاليًا. ستظهر هنا تواريخ القرارات الضمنية وآجال الطعن لكل ملف بمجرد معرفة تاريخ البداية.
deadlines-truncated = عدد كبير جداً من الآجال: لا تُعرض إلا الأقرب منها (آخر 100 أجل متأخر والـ 200 التالية).
deadlines-as-of = قائمة يوم { $date }
deadlines-print = طباعة قائمة الأسبوع
deadlines-save-weekly = حفظ قائمة هذا الأسبوع (PDF)
deadlines-export-ics = تصدير إلى مفكرة (.ics)
dossier-deadlines-export-ics = تصدير آجال هذا الملف (.ics)
export-saved = تم الحفظ: { $path }
deadlines-overdue = متأخرة
deadlines-this-week = هذا الأسبوع
deadlines-next-30-days = خلال 30 يومًا
deadlines-later = لاحقًا
deadlines-act-now = يجب القيام به الآن: لا تسري أي مهلة
deadlines-act-now-count = { $count ->
    [one] رسالة واحدة
    [two] رسالتان
    [few] { $count } رسائل
   *[other] { $count } رسالة
}
deadlines-act-now-when = الآن
deadlines-act-now-what = رسالة يجب إرسالها دون انتظار: « { $letter } »
deadlines-act-now-why = لم يُسلَّم أي قرار مكتوب (رفض شفهي أو عند الشباك أو سكوت): لا تسري أي مهلة للطعن، لكن الشخص يبقى دون حل. يخرج هذا الملف من القائمة بمجرد تسجيل إرسال الرسالة.
deadlines-count = { $count ->
    [0] لا شيء
    [one] أجل واحد
    [two] أجلان
   *[other] { $count } آجال
}
deadlines-none-overdue = لا يوجد أجل فائت.
deadlines-none-this-week = لا شيء هذا الأسبوع.
deadlines-none-next-30-days = لا شيء خلال 30 يومًا.
deadlines-none-later = لا شيء بعد ذلك.
deadline-day = { $weekday } { $date }
deadline-overdue = متأخر
deadline-provisional = مؤقت
deadline-not-enforceable = أجل غير قابل للاحتجاج به
deadline-ceiling = في موعد أقصاه { $date } (سنة واحدة)
deadline-suspended = موقوف
deadline-suspended-note = منذ { $date } (الصلح): بقي { $days } يومًا، ستعود إلى السريان عند انتهاء الصلح؛ يبقى التاريخ أعلاه هو الأحوط
deadline-how = كيف يُحسب هذا التاريخ؟
deadline-open-dossier = فتح الملف
deadline-start = نقطة البداية: { $date }، { $source }
deadline-source-answer = الإجابة «{ $question }»
deadline-source-letter-sent = إرسال الرسالة «{ $letter }»
deadline-source-letter-received = إشعار استلام الرسالة «{ $letter }»
deadline-source-deadline = الأجل «{ $deadline }»
dossier-deadlines-letter-from = يمكن إرسال الرسالة « { $letter } » ابتداءً من { $date }.
dossier-deadlines-title = آجال الملف
dossier-deadlines-none = لا توجد آجال حاليًا: تظهر بمجرد معرفة تاريخ البداية (إجابة، أو إرسال رسالة، أو إشعار استلامها).
dossier-deadlines-updated = أُعيد حساب الآجال.
weekday-short-1 = الاثنين
weekday-short-2 = الثلاثاء
weekday-short-3 = الأربعاء
weekday-short-4 = الخميس
weekday-short-5 = الجمعة
weekday-short-6 = السبت
weekday-short-7 = الأحد
settings-deadlines = الآجال
settings-zone = تقويم أيام العطل الرسمية
settings-zone-help = أيام العطل الرسمية في هذا الإقليم تؤخّر نهاية الآجال.
zone-metropole = فرنسا القارية
zone-alsace-moselle = الألزاس-موزيل
zone-guadeloupe = غوادلوب
zone-martinique = مارتينيك
zone-guyane = غويانا
zone-reunion = لا ريونيون
zone-mayotte = مايوت
zone-saint-barthelemy = سان بارتيلمي
zone-saint-martin = سان مارتان
settings-reminder-days = ذكّرني بالآجال التي تحلّ خلال أقل من N يومًا
settings-reminder-days-help = N: عدد الأيام، من 1 إلى 90. يظهر التذكير عند فتح Permanence، ثم مرة في اليوم.
settings-reminder-days-invalid = أدخلوا عددًا من الأيام بين 1 و90.
settings-deadlines-save = حفظ
settings-deadlines-saved = حُفظ. أُعيد حساب آجال كل الملفات الجارية بهذا التقويم.

settings-privacy = الخصوصية
settings-privacy-help = القفل يُغلق قاعدة البيانات ويمحو ما على الشاشة: تلزم عبارة المرور للمتابعة. عبارة المرور الخاطئة لا تمحو أي شيء أبدًا؛ بعد عدة محاولات، يكفي الانتظار قليلًا قبل المحاولة من جديد.
settings-lock-after = القفل بعد N دقيقة دون نشاط
settings-lock-after-help = N: عدد الدقائق، من 1 إلى 240. إذا لم تُستعمل لوحة المفاتيح ولا الفأرة طوال هذه المدة، يُقفل Permanence نفسه. للقفل فورًا: { $keys }.
settings-lock-after-invalid = أدخلوا عددًا من الدقائق بين 1 و240.
settings-retention = الملفات المغلقة: اقتراح الحذف بعد M شهرًا
settings-retention-help = M: عدد الأشهر، من 1 إلى 120. تُعرض عليكم الملفات المغلقة منذ مدة أطول لتقرّروا حذفها أو الإبقاء عليها؛ لا يُحذف أي شيء دون موافقتكم.
settings-retention-invalid = أدخلوا عددًا من الأشهر بين 1 و120.
settings-privacy-save = حفظ
settings-privacy-saved = حُفظ. يتبع القفل التلقائي هذه المدة الجديدة.

settings-audit = سجلّ التدقيق
settings-audit-help = كل ما جرى في Permanence: الاطلاع والإنشاء والتعديل والطباعة والتصدير والمحو والحذف والاستعادة، لكل البطاقات، بما فيها تلك التي مُحيت منذ ذلك الحين. كل قيد مرتبط بالقيد الذي قبله ببصمة رقمية: أي قيد يُعدَّل أو يُزال لاحقًا ينكشف.
settings-audit-count = { $total ->
    [0] لا يضمّ السجلّ أي قيد بعد.
    [one] يضمّ السجلّ قيدًا واحدًا في المجموع.
    [two] يضمّ السجلّ قيدين في المجموع.
    [few] يضمّ السجلّ { $total } قيود في المجموع.
    [many] يضمّ السجلّ { $total } قيدًا في المجموع.
   *[other] يضمّ السجلّ { $total } قيد في المجموع.
}
settings-audit-intact = سلسلة البصمات سليمة: لم يُكتشف أي تلاعب.
settings-audit-altered = تنبيه: عُدِّل سجلّ التدقيق خارج Permanence (سلسلة البصمات منقطعة). لمعرفة القيود المعنيّة، شغّلوا الأمر { $command } في الطرفية.
settings-audit-show = عرض السجلّ
settings-audit-hide = إخفاء السجلّ
settings-audit-print = طباعة
settings-audit-caption = سجلّ التدقيق، من الأحدث إلى الأقدم (بتاريخ { $date })
settings-audit-caption-partial = سجلّ التدقيق: أحدث { $shown } قيد من أصل { $total }، من الأحدث إلى الأقدم (بتاريخ { $date })
settings-audit-empty = لا قيد في السجلّ.

procedures-title = الإجراءات
procedures-empty = لا يوجد أي إجراء في الفهرس بعد.
procedures-empty-hint = سيرشدكم كل إجراء خطوة بخطوة: ما يقوله القانون، والأسئلة الواجب طرحها، والوثائق اللازمة، والرسالة الواجب إرسالها.

settings-title = الإعدادات
settings-language = لغة الواجهة
settings-language-help = يُحفَظ اختياركم على هذا الحاسوب.
settings-about = حول البرنامج
settings-version = الإصدار { $version }
settings-data-dir = تُحفَظ البيانات في { $path }
settings-locales = اللغات المتاحة: { $list }
settings-offline = يعمل Permanence دون اتصال بالإنترنت. لا يُرسَل أي شيء إلى أي مكان.

not-found-title = الصفحة غير موجودة
not-found-back = العودة إلى الأشخاص

error-title = حدث خطأ
error-io = تعذّرت قراءة البيانات أو كتابتها: { $detail }
error-disk-full = القرص (أو مفتاح USB) ممتلئ: لم يُحفظ شيء، وما حُفظ سابقًا سليم. أفرغوا بعض المساحة (أفرغوا سلة المهملات، احذفوا ملفات قديمة)، ثم أعيدوا المحاولة: ما أدخلتموه للتو لا يزال على الشاشة.
error-read-only = مجلد البيانات للقراءة فقط (مفتاح USB مقفل أو مسحوب؟): لم يُحفظ شيء، وما حُفظ سابقًا سليم. أعيدوا توصيل المفتاح أو افتحوا قفله، ثم أعيدوا المحاولة: ما أدخلتموه للتو لا يزال على الشاشة.
error-settings-corrupt = ملف الإعدادات غير قابل للقراءة؛ تُستخدم الإعدادات الافتراضية.
error-unknown-language = لغة غير معروفة: { $code }
error-internal = خطأ داخلي: { $detail }
error-backup-incomplete = ملف النسخة الاحتياطية هذا ناقص أو تالف (هل انقطع النسخ؟): لم تتم استعادته، ولم تتغير البيانات الحالية.
error-wrong-passphrase = عبارة المرور غير صحيحة. تحقّقوا من الأحرف الكبيرة ومن لغة لوحة المفاتيح، ثم أعيدوا المحاولة.
error-wrong-passphrase-wait = عبارة المرور غير صحيحة. بعد عدة محاولات، انتظروا { $seconds } ثانية قبل المحاولة من جديد. لا تُمحى أي بيانات.
error-unlock-wait = محاولات كثيرة لعبارة المرور: انتظروا { $seconds } ثانية أخرى قبل المحاولة من جديد. لا تُمحى أي بيانات.
error-passphrase-mismatch = عبارتا المرور غير متطابقتين.
error-passphrase-weak = عبارة المرور هذه سهلة التخمين. أضيفوا كلمات أخرى.
error-vault-exists = توجد قاعدة بيانات في هذا المجلد مسبقاً.
error-vault-missing = لا توجد قاعدة بيانات في هذا المجلد.
error-locked = البرنامج مُقفَل. أدخلوا عبارة المرور للمتابعة.
error-damaged = قاعدة البيانات تالفة ({ $detail }). استعيدوا نسخة احتياطية.
error-too-new = أُنشئت قاعدة البيانات هذه بإصدار أحدث من Permanence. حدّثوا البرنامج.
error-not-found = هذا السجل لم يعد موجوداً.
error-letter-incomplete = تنقص بعض الإجابات التي تحتاجها هذه الرسالة: أكملوها قبل الطباعة.
error-letter-too-early =
    { $known ->
        [yes] لا يزال الوقت مبكرًا لهذه الرسالة: السكوت الذي تستند إليه لم يبلغ بعد المدة التي يحددها القانون. يمكن طباعتها ابتداءً من { $date }.
       *[other] لا يزال الوقت مبكرًا لهذه الرسالة: السكوت الذي تستند إليه لم يثبت بعد. سجّلوا أولًا تاريخ إشعار الاستلام الخاص بالطلب.
    }
error-invalid = بعض الحقول تحتاج إلى تصحيح.
error-sign-in-required = اختاروا ملفكم الشخصي وأدخلوا رمزكم للمتابعة.
error-wrong-pin = الرمز غير صحيح. تحقّقوا من الاسم المختار، ثم أعيدوا المحاولة.
error-wrong-pin-wait = الرمز غير صحيح. بعد عدة محاولات، انتظروا { $seconds } ثانية قبل المحاولة من جديد. لا تُمحى أي بيانات.

field-error-name-required = أدخلوا اسم العائلة أو الاسم الشخصي على الأقل.
field-error-too-long = هذا النص طويل جداً.
field-error-birth-in-future = لا يمكن أن يكون تاريخ الميلاد في المستقبل.
field-error-birth-too-old = تاريخ الميلاد قبل عام 1900: تحقّقوا من السنة.
field-error-email-invalid = يبدو عنوان البريد الإلكتروني هذا ناقصاً (مثال: name@example.org).
field-error-date-invalid = هذا التاريخ غير موجود. اكتبوه على شكل يوم/شهر/سنة، مثلاً 05/03/1990.
field-error-zone-unknown = اختاروا تقويم أيام العطل من القائمة.
field-error-worker-name = أدخلوا اسماً (80 حرفاً على الأكثر).
field-error-pin-short = يجب أن يتكوّن الرمز من 4 أحرف على الأقل.
field-error-pin-mismatch = الرمزان غير متطابقين.
field-error-worker-exists = يوجد ملف شخصي بهذا الاسم مسبقاً.

passphrase-strength = القوة: { $score } من 4
passphrase-hint-empty = اختاروا عبارة من عدة كلمات يسهل عليكم تذكّرها.
passphrase-hint-too-short = قصيرة جداً: 10 أحرف على الأقل.
passphrase-hint-repetitive = مكرّرة جداً: تجنّبوا التسلسلات مثل «aaaa» أو «1234».
passphrase-hint-add-words = أضيفوا كلمة أو كلمتين.
passphrase-hint-good = عبارة مرور جيدة.
passphrase-hint-strong = عبارة مرور جيدة جداً.

setup-title = حماية البيانات
setup-intro = سجلات الأشخاص مشفّرة على هذا الحاسوب. اختاروا عبارة مرور: ستُطلب عند كل فتح للبرنامج.
setup-warning = من دون هذه العبارة تضيع البيانات: لا يستطيع أحد استرجاعها. دوّنوها واحفظوها في مكان آمن.
setup-passphrase = عبارة المرور
setup-confirm = تأكيد عبارة المرور
setup-submit = إنشاء قاعدة البيانات المشفّرة
first-launch-import-help = هل تستخدمون Permanence على حاسوب آخر؟ استرجعوا بياناته من نسخة احتياطية محمولة (مفتاح USB).
first-launch-import = استعادة نسخة احتياطية محمولة

unlock-title = البرنامج مُقفَل
unlock-intro = أدخلوا عبارة المرور لفتح السجلات.
unlock-passphrase = عبارة المرور
unlock-submit = فتح القفل
unlock-working = جارٍ التحقق…
lock-button = قفل
lock-shortcut-hint = اختصار: { $keys }
unlock-wait-countdown = { $seconds ->
    [one] محاولة جديدة ممكنة بعد ثانية واحدة
    [two] محاولة جديدة ممكنة بعد ثانيتين
    [few] محاولة جديدة ممكنة بعد { $seconds } ثوانٍ
   *[other] محاولة جديدة ممكنة بعد { $seconds } ثانية
}
unlock-wait-over = يمكنكم المحاولة من جديد الآن.

profile-title = من يعمل الآن؟
profile-intro = اختاروا اسمكم، ثم أدخلوا رمزكم الشخصي.
profile-list = الملفات الشخصية
profile-pin = الرمز الشخصي
profile-submit = دخول
profile-error-choose = اختاروا اسمكم من القائمة أولاً.
profile-error-pin-wait = محاولات كثيرة للرمز: انتظروا { $seconds } ثانية أخرى قبل المحاولة من جديد. لا تُمحى أي بيانات.
current-worker-label = الملف الشخصي:
switch-worker = تغيير الشخص
switch-worker-hint = العودة إلى اختيار الملف الشخصي دون قفل البرنامج؛ تُمسح الشاشة.

settings-workers = الملفات الشخصية
settings-workers-none = لا يوجد أي ملف شخصي حالياً: يُفتح البرنامج بعبارة مرور الفريق وحدها. بعد إنشاء ملف شخصي أول، على كل فرد من الفريق بعد فتح القفل أن يختار اسمه ويُدخل رمزه الخاص؛ وتُظهر السجلات عندها من أنشأها ومن عدّلها، ويُظهر سجل التدقيق من فعل ماذا. يصبح الملف الأول الذي يُنشأ هنا ملفكم فوراً.
settings-workers-help = بعد فتح القفل، يختار كل شخص اسمه ويُدخل رمزه. تُظهر السجلات من أنشأها ومن عدّلها. لا يضيف ملفاً شخصياً إلا شخصٌ قد دخل بملفه.
settings-workers-you = (أنتم)
worker-name = الاسم
worker-name-help = كما يعرفه الفريق، مثلاً «Awa D.».
worker-pin = الرمز الشخصي
worker-pin-help = 4 أحرف على الأقل، أرقام أو حروف. يختار كل شخص رمزه ولا يعطيه لأحد.
worker-confirm = تأكيد الرمز
worker-add = إضافة الملف الشخصي
worker-add-first = إنشاء الملف الشخصي الأول
worker-added = أُضيف الملف الشخصي «{ $name }». يمكن استخدامه بعد «تغيير الشخص» أو عند فتح القفل التالي.
worker-added-first = أُنشئ الملف الشخصي «{ $name }»: أنتم تعملون الآن بهذا الاسم. بعد كل فتح للقفل، سيختار كل شخص اسمه ويُدخل رمزه.

people-search-label = البحث عن شخص
people-search-help = اسم العائلة أو الاسم الشخصي أو تهجئة أخرى؛ لا أهمية للحركات والعلامات.
people-new = شخص جديد
people-results = { $count ->
    [0] لا نتائج
    [one] شخص واحد
    [two] شخصان
   *[other] { $count } أشخاص
}
people-no-match = لا أحد يطابق هذا البحث.

person-new-title = شخص جديد
person-edit-title = تعديل السجل
person-section-identity = الهوية
person-section-contact = معلومات الاتصال
person-section-domiciliation = عنوان المراسلة (التوطين)
person-family-name = اسم العائلة
person-given-names = الاسم الشخصي
person-alt-names = تهجئات وكتابات أخرى للاسم
person-alt-names-help = واحدة في كل سطر (مثلاً Mohamed و Muhammad و محمد).
person-birth-date = تاريخ الميلاد
person-date-help = يوم/شهر/سنة
person-birth-place = مكان الميلاد
person-nationality = الجنسية
person-languages = اللغات المحكية
person-languages-help = مفصولة بفواصل.
person-phone = الهاتف
person-email = البريد الإلكتروني
person-address = العنوان
person-domiciliation-organisation = الهيئة المانحة للتوطين
person-domiciliation-address = عنوان التوطين
person-domiciliation-expires = تاريخ انتهاء صلاحية الشهادة
person-notes = ملاحظات
person-save = حفظ
person-cancel = إلغاء
person-edit = تعديل
person-back = العودة إلى القائمة
person-authors-both = أنشأه { $created } — عدّله { $updated }
person-authors-created = أنشأه { $created }
person-authors-updated = عدّله { $updated }
person-saved = حُفظ السجل.
person-draft-saved = حُفظت المسودة تلقائياً.
person-draft-restored = عُثر على مسودة غير محفوظة وأُعيدت.
person-fix-errors = { $count ->
    [one] حقل واحد يحتاج إلى تصحيح.
    [two] حقلان يحتاجان إلى تصحيح.
   *[other] { $count } حقول تحتاج إلى تصحيح.
}
person-born = تاريخ الميلاد: { $date }
person-section-dossiers = الملفات
person-section-documents = الوثائق
person-section-events = الأحداث
person-dossiers-empty = لا يوجد ملف لهذا الشخص.
person-documents-empty = لا توجد وثائق مسجّلة.
person-events-empty = لا توجد أحداث مسجّلة.

settings-security = الأمان
settings-change-passphrase = تغيير عبارة المرور
passphrase-current = عبارة المرور الحالية
passphrase-new = عبارة المرور الجديدة
passphrase-new-confirm = تأكيد عبارة المرور الجديدة
passphrase-change-submit = تغيير عبارة المرور
passphrase-changed = تم تغيير عبارة المرور. النسخ الاحتياطية السابقة تُفتح دائماً بالعبارة القديمة.
backups-title = النسخ الاحتياطية
backups-explain = تُنشأ نسخة مشفّرة عند فتح البرنامج (مرة في اليوم) وعند كل إغلاق؛ وتُحفظ آخر { $count } نسخ في { $path }
backups-none = لا توجد نسخة احتياطية بعد.
backups-now = إنشاء نسخة احتياطية الآن
backups-done = تمّ إنشاء النسخة الاحتياطية.
backups-restore = استعادة
backups-restore-passphrase = عبارة المرور المستخدمة وقت هذه النسخة
backups-restore-confirm = استبدال البيانات بهذه النسخة
backups-restore-warning = ستُستبدل البيانات الحالية ببيانات النسخة المؤرخة في { $date }. لن تُحذف: ستُحفظ جانباً في مجلد «preserved».
backups-restored = تمّت استعادة النسخة. البيانات المستبدلة محفوظة في مجلد «preserved».
backups-last-error = فشلت آخر نسخة احتياطية تلقائية: { $message }
portable-title = نسخة احتياطية محمولة (مفتاح USB)
portable-help = لمتابعة العمل على حاسوب آخر: جميع البيانات في ملف واحد مشفّر، يُنسخ على مفتاح USB ثم يُستعاد على الحاسوب الآخر.
portable-export-title = إنشاء نسخة احتياطية محمولة
portable-export-help = اختاروا عبارة مرور لهذا الملف. يمكن أن تختلف عن عبارة مرور Permanence: لا تُفتح النسخة إلا بها.
portable-passphrase = عبارة المرور لهذه النسخة
portable-confirm = تأكيد عبارة المرور لهذه النسخة
portable-export-submit = إنشاء النسخة الاحتياطية المحمولة
portable-export-working = جارٍ إنشاء النسخة…
portable-export-saved = تم حفظ النسخة الاحتياطية المحمولة: { $path }
portable-export-carry = انسخوا هذا الملف على مفتاح USB. احفظوا عبارة المرور بعيدًا عن المفتاح، لا معه أبدًا: من دونها لا تُفتح النسخة.
portable-import-title = استعادة نسخة احتياطية محمولة
portable-import-help = اختاروا ملف (.permanence) الموجود على مفتاح USB، وأدخلوا عبارة المرور التي اختيرت عند إنشائه.
portable-file = ملف النسخة الاحتياطية (.permanence)
portable-import-passphrase = عبارة مرور النسخة المراد استعادتها
portable-import-submit = استعادة النسخة
portable-import-working = جارٍ الاستعادة…
portable-import-no-file = اختاروا ملف النسخة الاحتياطية (.permanence).
portable-import-warning = ستُستبدل بيانات Permanence الحالية ببيانات النسخة الاحتياطية المحمولة. لن تُحذف: ستُحفظ جانبًا في مجلد «preserved».
portable-import-confirm = استبدال البيانات بالنسخة المحمولة
portable-import-done = تمّت استعادة النسخة المحمولة. البيانات المستبدلة محفوظة في مجلد «preserved».
portable-import-done-first = تمّت استعادة النسخة المحمولة.

field-error-kind-unknown = اختاروا نوع الوثيقة.
field-error-file-size = اختاروا ملفاً (20 ميغابايت على الأكثر).
document-kind-titre-sejour = بطاقة الإقامة
document-kind-recepisse = وصل إيداع الطلب
document-kind-api = شهادة تمديد دراسة الملف (API)
document-kind-attestation-domiciliation = شهادة التوطين
document-kind-passeport = جواز السفر
document-kind-decision = قرار
document-kind-accuse-reception = إشعار بالاستلام
document-kind-courrier = رسالة
document-kind-autre = وثيقة أخرى
documents-add = إضافة وثيقة
document-kind = نوع الوثيقة
document-title = وصف (اختياري)
document-expires = تاريخ انتهاء الصلاحية (اختياري)
document-file = الملف (صورة أو مسح ضوئي)
document-added = أُضيفت الوثيقة.
expiry-expired = انتهت صلاحيتها منذ { $days } يوم
expiry-today = تنتهي صلاحيتها اليوم
expiry-soon = تنتهي صلاحيتها خلال { $days } يوم
expiry-until = صالحة حتى { $date }
domiciliation-expiry-warning = شهادة التوطين: { $status }. تذكّروا تجديدها.
event-kind-decision-notified = تبليغ القرار
event-kind-letter-posted = إرسال رسالة
event-kind-ar-signed = توقيع إشعار الاستلام
event-kind-answer-received = استلام الرد
event-kind-appointment-attempt = محاولة الحصول على موعد
dossier-status-draft = مسودة
dossier-status-open = قيد المتابعة
dossier-status-waiting = في انتظار الرد
dossier-status-closed = مغلق

procedures-search-label = البحث عن إجراء
procedures-theme = الموضوع
procedures-theme-all = كل المواضيع
procedures-for-whom = لمن: { $audience }
procedures-unavailable = غير متاح: { $count } مشكلة في ملفات هذا الإجراء.
procedures-no-match = لا يوجد إجراء يطابق هذا البحث.
theme-sejour = الإقامة
theme-caf = CAF
theme-sante = الصحة
theme-banque = البنك
theme-ecole = المدرسة
theme-handicap = الإعاقة
theme-emploi = العمل
theme-droits = الحقوق
field-error-answer-invalid = هذه الإجابة لا تناسب السؤال.
field-error-answer-departement = مقاطعة غير معروفة: اكتب رقمها (93) أو اسمها الكامل (Seine-Saint-Denis).
field-error-enclosures-invalid = وثيقة مؤشَّر عليها لا تنتمي إلى هذا الإجراء، أو اسم وثيقة يتجاوز 200 حرف.

person-start-demarche = بدء إجراء
person-choose-demarche = الإجراء المراد بدؤه
person-start = بدء
interview-question-of = السؤال { $position } من { $total }
interview-answered-of = { $answered } من { $required } إجابات إلزامية
interview-back = السابق
interview-next = حفظ ومتابعة
interview-skip = تخطّي
interview-review = مراجعة الإجابات
interview-review-title = المراجعة
interview-edit = تعديل
interview-missing = تنقص { $count } إجابات إلزامية.
interview-complete = قُدّمت كل الإجابات الإلزامية.
interview-law-title = ماذا يقول القانون؟
interview-documents-title = الوثائق المطلوب جمعها
interview-required = إلزامية
interview-optional = اختيارية
interview-next-steps = وماذا بعد؟
interview-parallel-title = في الوقت نفسه
interview-parallel-help = يمكن أيضاً اللجوء إلى المدافع عن الحقوق (Défenseur des droits) مجاناً. هذا لا يوقف آجال الطعن: تستمر الطعون.
interview-parallel-ddd = اللجوء أيضاً إلى المدافع عن الحقوق
interview-yes = نعم
interview-no = لا
interview-unanswered = بلا إجابة
interview-date-invalid = هذا التاريخ غير موجود. اكتبوه على شكل يوم/شهر/سنة.
interview-saved = حُفظت الإجابة.
field-error-answer-rule = هذه الإجابة لا تحترم إحدى قواعد الإجراء.
interview-doc-held = موجودة في السجل
interview-doc-to-gather = يجب جمعها

interview-no-document = لا توجد وثيقة من هذا النوع في السجل: أضيفوها من صفحة الشخص، أو تخطّوا السؤال.

# الرسائل: قائمة الملف، وشاشة الرسالة، والإعدادات.
letters-title = الرسائل
letters-none = لا ينصّ هذا الإجراء على أي رسالة.
letters-not-offered = لا تتوافق مع الإجابات المقدَّمة.
letters-due-enforceable = تُرسَل بالبريد في موعد أقصاه { $date } (تاريخ ختم البريد).
letters-due-not-enforceable = أجل غير قابل للاحتجاج به (قرار دون ذكر طرق وآجال الطعن): يُفضّل قبل { $advised }، وفي أقصى تقدير { $ceiling } (سنة).
letters-due-past = انقضى الأجل منذ { $date }: يمكن مع ذلك إرسال الرسالة دون ضمان؛ فكّروا في طلب جديد.
letters-due-enforceable-court = يجب أن تصل إلى المحكمة في موعد أقصاه { $date } (تاريخ الوصول إلى كتابة الضبط).
letters-due-past-court = انقضى أجل رفع الأمر إلى المحكمة منذ { $date }: استشيروا جمعية أو محاميًا.
letters-due-suspended = الأجل موقوف منذ { $since } (الصلح): بقي { $days } يومًا، تعود إلى السريان عند نهايته؛ التاريخ الأحوط: { $safe }.
letters-due-none = لم يُبلَّغ أي قرار مكتوب: لا يسري أي أجل؛ تصرّفوا الآن.
letters-waiting-from = ليس بعد: ممكن ابتداءً من { $date }.
letters-waiting-unknown = ليس بعد: ممكن عند تسجيل تاريخ إشعار استلام الطلب أو تاريخ إيداعه.
letters-waiting-estimate = (في حدود { $date } إذا وصل إشعار الاستلام بعد ثلاثة أيام عمل من الإرسال)
letters-prepare = إعداد الرسالة
letters-copies = النسخ المطبوعة: { $name }
letters-copy = نسخة بتاريخ { $date }
letters-view = عرض / إعادة الطباعة
letters-mark-sent = تسجيل الإرسال
letters-mark-received = وصل إشعار الاستلام
letters-sent-on = تاريخ الإرسال
letters-received-on = تاريخ إشعار الاستلام الموقَّع
letters-tracking = رقم الرسالة المضمونة (اختياري)
letters-save = حفظ
letters-cancel = إلغاء
letters-sent-saved = سُجّل الإرسال.
letters-received-saved = سُجّل إشعار الاستلام.
letter-status-printed = مطبوعة
letter-status-sent = أُرسلت في { $date }
letter-status-tracking = رسالة مضمونة رقم { $number }
letter-status-received = وصل إشعار الاستلام في { $date }
letter-back = العودة إلى الملف
letter-explain = ورقة الشرح للشخص
letter-explain-none = بدون
letter-explain-frozen = ورقة الشرح: { $language }
letter-missing = لا يمكن طباعة هذه الرسالة بعد: تنقصها الإجابات التالية.
letter-too-early = لا يزال الوقت مبكرًا لهذه الرسالة: السكوت الذي تستند إليه لم يبلغ بعد المدة التي يحددها القانون.
enclosures-title = الوثائق المرفقة بالرسائل
enclosures-help = الوثائق الإلزامية تُرفق دائمًا. أشّروا على الوثائق الاختيارية التي تريدون إرفاقها، وأضيفوا وثائق أخرى باسمها (مثلًا « Déclaration de revenus du conjoint »).
enclosures-optional = وثائق اختيارية للإرفاق
enclosures-added = وثائق أخرى مرفقة
enclosures-add-label = اسم الوثيقة المراد إضافتها
enclosures-add = أضيفوا الوثيقة
enclosures-remove = احذفوا
enclosures-saved = حُفظت الوثائق المرفقة: ستذكرها الرسائل.
letter-answer = الإجابة
letter-loading = جارٍ إعداد صفحات الرسالة…
letter-page-alt = الصفحة { $n } من { $total }
letter-print = طباعة
letter-save-pdf = حفظ بصيغة PDF
letter-working = جارٍ تحضير الرسالة…
letter-saved = حُفظت في: { $path }
letter-frozen = ثُبّتت الرسالة في { $date } (الإصدار { $version } من الإجراء، والقانون متحقَّق منه بتاريخ { $law }): إعادة الطباعة تعطي الوثيقة نفسها تمامًا.
letter-new-version = إعداد نسخة جديدة
letter-draft-help = هذه معاينة. تُثبَّت الرسالة (تُحفظ كما هي في الملف) عند طباعتها أو حفظها.
settings-letters = الرسائل
settings-organisation = اسم الجهة (يُطبع في الرسائل: « Courrier rédigé avec l'aide de … »، أي «رسالة حُرّرت بمساعدة …»)
settings-organisation-help = بالفرنسية، مع أداة التعريف إن كانت له: « l'association Exemple »، « le Secours populaire »، « La Cimade ». الكلمات « Association » و« CCAS » و« centre social »… تأخذ أداتها تلقائيًا.
settings-place = المدينة (تُطبع قبل التاريخ)
settings-letterhead-save = حفظ
settings-letterhead-saved = حُفظ. ستحمل الرسائل القادمة هذه المعلومات.

## سجلّ المحاولات (المحافظة، ANEF)، في مراجعة الملف
journal-title = سجلّ المحاولات
journal-help = سجّلوا كل محاولة لم تنجح: التاريخ والساعة والوسيلة المستعملة وما حدث، مع لقطة شاشة إن أمكن. ينتظر القاضي محاولات جرت على مدى عدة أسابيع مختلفة.
journal-span-short = { $weeks ->
        [0] لم تُسجَّل أي محاولة بعد. ينتظر القاضي محاولات على مدى عدة أسابيع مختلفة ({ $min } أسابيع على الأقل هنا).
        [one] تغطي المحاولات أسبوعًا واحدًا: ينتظر القاضي محاولات على مدى عدة أسابيع مختلفة ({ $min } أسابيع على الأقل هنا). واصلوا المحاولة والتسجيل.
        [two] تغطي المحاولات أسبوعين: ينتظر القاضي محاولات على مدى عدة أسابيع مختلفة ({ $min } أسابيع على الأقل هنا). واصلوا المحاولة والتسجيل.
        [few] تغطي المحاولات { $weeks } أسابيع: ينتظر القاضي محاولات على مدى عدة أسابيع مختلفة ({ $min } أسابيع على الأقل هنا). واصلوا المحاولة والتسجيل.
       *[other] تغطي المحاولات { $weeks } أسبوعًا: ينتظر القاضي محاولات على مدى عدة أسابيع مختلفة ({ $min } أسابيع على الأقل هنا). واصلوا المحاولة والتسجيل.
    }
journal-span-enough = { $count ->
        [one] محاولة واحدة
        [two] محاولتان
        [few] { $count } محاولات
       *[other] { $count } محاولة
    } على مدى { $weeks ->
        [one] أسبوع واحد
        [two] أسبوعين مختلفين
        [few] { $weeks } أسابيع مختلفة
       *[other] { $weeks } أسبوعًا مختلفًا
    }، من { $first } إلى { $last }.
journal-attempts-title = المحاولات المسجّلة
journal-attempt-when = { $date } الساعة { $time }
journal-shot-alt = لقطة شاشة للمحاولة بتاريخ { $when }
journal-shot-file = ملف مرفق: { $name }
journal-shot-loading = لقطة الشاشة: جارٍ التحميل…
journal-shot-unreadable = تعذّرت قراءة لقطة الشاشة.
journal-delete = حذف
journal-delete-warning = حذف المحاولة بتاريخ { $when }؟ ستختفي من السجلّ ومن الملحق، مع لقطة الشاشة الخاصة بها.
journal-delete-confirm = حذف نهائي
journal-deleted = حُذفت المحاولة.
journal-form-title = تسجيل محاولة
journal-date = تاريخ المحاولة
journal-time = الساعة
journal-time-help = ساعة:دقيقة (HH:MM)، مثلًا 14:30
journal-channel = الوسيلة المستعملة
journal-outcome = ما الذي حدث
journal-outcome-help = مثلًا: رسالة الخطأ الظاهرة (انسخوها كما هي)، لا يوجد موعد متاح، لا أحد يجيب على الهاتف.
journal-screenshot = لقطة شاشة أو صورة (اختياري)
journal-screenshot-help = صورة أو ملف PDF، 20 ميغابايت على الأكثر.
journal-add = تسجيل هذه المحاولة
journal-added = سُجّلت المحاولة.
journal-annex = حفظ الملحق بصيغة PDF
journal-annex-help = السجلّ المؤرَّخ للمحاولات، مع لقطات الشاشة، يُرفق بالرسالة الموجّهة إلى المحافظة أو بالعريضة المقدّمة إلى المحكمة.
field-error-date-future = هذا التاريخ في المستقبل: أدخلوا اليوم الذي جرت فيه المحاولة.
field-error-time-invalid = هذه الساعة غير صحيحة. اكتبوها بالشكل HH:MM، مثلًا 14:30.
field-error-channel-unknown = اختاروا وسيلة من القائمة.
field-error-required = هذا الحقل إلزامي.

## حماية البيانات: سجلّ الاطلاع، التصدير، المحو، الملفات المغلقة
people-erased = مُحيت البطاقة. يحتفظ سجلّ التدقيق بأثر المحو، دون محتواه.
person-privacy-title = حماية البيانات
person-export = تصدير كل البيانات
person-export-help = يُنشئ في مجلد التصدير (Documents/Permanence) مجلدًا يُسلَّم إلى الشخص، مثلًا على مفتاح USB: ملخّص مقروء (resume.pdf)، وملف يقرؤه برنامج (donnees.json)، والمرفقات (مجلد «pieces»).
person-erase = محو الشخص
person-erase-help = يمحو البطاقة وكل ما يتعلق بها. سترون أولًا ما سيُمحى بالضبط.
person-erase-intro = سيُمحى نهائيًا من هذا الحاسوب، دون إمكانية التراجع: بطاقة { $name } و
person-erase-dossier = الملف «{ $title }»
person-erase-no-dossier = لا ملف
person-erase-documents = { $count ->
    [0] لا وثيقة
    [one] وثيقة واحدة
    [two] وثيقتان
   *[other] { $count } وثائق
}
person-erase-letters = { $count ->
    [0] لا رسالة مطبوعة
    [one] رسالة مطبوعة واحدة
    [two] رسالتان مطبوعتان
   *[other] { $count } رسائل مطبوعة
}
person-erase-events = { $count ->
    [0] لا حدث
    [one] حدث واحد
    [two] حدثان
   *[other] { $count } أحداث
}
person-erase-deadlines = { $count ->
    [0] لا أجل
    [one] أجل واحد
    [two] أجلان
   *[other] { $count } آجال
}
person-erase-drafts = { $count ->
    [0] لا مسودة
    [one] مسودة واحدة
    [two] مسودتان
   *[other] { $count } مسودات
}
person-erase-backups = النسخ الاحتياطية: قد تبقى هذه البيانات في آخر { $count } نسخ احتياطية مشفّرة (واحدة لكل يوم استعمال) إلى أن تحلّ محلها نسخ أحدث، وذلك بعد { $count } أيام استعمال على الأكثر. لإزالتها قبل ذلك، احذفوا ملفات النسخ الاحتياطية في مجلد البيانات (المبيَّن في الإعدادات ← الأمان).
person-erase-exports = ملفات PDF والتصديرات المحفوظة سابقًا في مجلد التصدير (Documents/Permanence) لا تُمسّ: احذفوها بأنفسكم إن لزم الأمر.
person-erase-audit = يحتفظ سجلّ التدقيق بأثر المحو (التاريخ وعدد العناصر)، دون محتواه.
person-erase-type-name = للتأكيد، اكتبوا الاسم «{ $name }»
person-erase-confirm = محو نهائي
person-audit-title = سجلّ الاطلاع
person-audit-help = يُسجَّل هنا كل اطلاع على هذه البطاقة وملفاتها، وكل إنشاء أو تعديل أو طباعة أو تصدير، مع التاريخ والساعة.
person-audit-show = عرض سجلّ الاطلاع
person-audit-hide = إخفاء سجلّ الاطلاع
person-audit-print = طباعة السجلّ
person-audit-caption = سجلّ الاطلاع على بطاقة { $name }، من الأحدث إلى الأقدم (بتاريخ { $date })
person-audit-empty = لا اطلاع مسجَّل.
audit-col-when = التاريخ والساعة
audit-col-who = من
audit-col-action = الإجراء
audit-col-record = العنصر
audit-col-detail = التفاصيل
audit-col-person = البطاقة
audit-when = { $date } الساعة { $time }
audit-action-open = اطلاع
audit-action-create = إنشاء
audit-action-change = تعديل
audit-action-print = طباعة
audit-action-export = تصدير
audit-action-erase = محو
audit-action-purge = حذف (مدة الحفظ)
audit-action-restore = استعادة
audit-action-sign-in = تسجيل الدخول (الملف الشخصي)
audit-action-merge = دمج بطاقتين (الفريق)
audit-finding-missing = القيد رقم { $seq } محذوف (القيد التالي الموجود هو رقم { $next })
audit-finding-unlinked = القيد رقم { $seq } لا يتبع القيد السابق (قيود محذوفة أو أُعيد ترقيمها)
audit-finding-changed = القيد رقم { $seq } عُدِّل بعد تسجيله
audit-finding-cut-at-end = القيود من رقم { $from } إلى { $to } محذوفة في آخر السجل
audit-finding-last-differs = القيد الأخير (رقم { $seq }) لا يطابق القيد المحفوظ خارج قاعدة البيانات
audit-finding-no-kept-head = لا أثر للقيد الأخير خارج قاعدة البيانات: لن يُلاحَظ حذف نهاية السجل
audit-subject-person = البطاقة
audit-subject-dossier = الملف «{ $title }»
audit-subject-dossier-number = الملف رقم { $number }
audit-person-number = البطاقة رقم { $number }
audit-subject-worker = ملف العامل
audit-subject-database = قاعدة البيانات
audit-detail-answer = إجابة: { $question }
audit-detail-letter = رسالة: { $letter }
audit-detail-letter-pdf = حُفظ PDF: { $letter }
audit-detail-letter-number = الرسالة رقم { $number }
audit-detail-document = وثيقة: { $kind }
audit-detail-gdpr-export = كل البيانات، للشخص المعني
audit-detail-closed = أُغلق الملف
audit-detail-reopened = أُعيد فتح الملف
audit-detail-attempt-added = سُجّلت محاولة
audit-detail-attempt-deleted = حُذفت محاولة
audit-detail-journal-annex = ملحق المحاولات (PDF)
audit-detail-retention = تجاوز مدة الحفظ
audit-detail-portable-backup = نسخة احتياطية محمولة
dossier-open-since = ملف قيد المتابعة، فُتح في { $date }
dossier-closed-on = مغلق منذ { $date }
dossier-close = إغلاق الملف
dossier-reopen = إعادة فتح الملف
dossier-closed-help = يبقى الملف المغلق قابلًا للاطلاع ويمكن إعادة فتحه. بعد انقضاء المدة المحددة في الإعدادات ← الخصوصية، سيُقترح عليكم حذفه.
retention-title = ملفات مغلقة للمراجعة
retention-help = ملفات أُغلقت قبل { $date } (منذ أكثر من { $months } شهرًا). أزيلوا العلامة عن الملفات التي تريدون الإبقاء عليها.
retention-empty = لا ملف مغلق منذ أكثر من { $months } شهرًا.
retention-line = { $name } — { $title } — مغلق منذ { $date }
retention-purge = حذف الملفات المحدَّدة
retention-purge-warning = { $count ->
    [one] سيُحذف ملف واحد نهائيًا
    [two] سيُحذف ملفان نهائيًا
   *[other] سيُحذف { $count } ملفات نهائيًا
}، مع إجاباتها ورسائلها وآجالها ومحاولاتها. تبقى بطاقات الأشخاص: لمحو شخص، انتقلوا إلى بطاقته (حماية البيانات).
retention-purge-confirm = حذف نهائي
retention-purged = { $count ->
    [0] لم يُحذف أي ملف.
    [one] حُذف ملف واحد.
    [two] حُذف ملفان.
   *[other] حُذف { $count } ملفات.
}
