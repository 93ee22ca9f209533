# واجهة Permanence — العربية.

app-name = Permanence
app-tagline = المساعدة في إجراءات الوصول إلى الحقوق
skip-to-content = الانتقال إلى المحتوى
offline-badge = دون اتصال · كل البيانات تبقى على هذا الحاسوب
loading = جارٍ الفتح…

nav-label = التنقل الرئيسي
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
deadlines-empty = لا توجد آجال قادمة.
deadlines-empty-hint = ستظهر هنا آجال الطعن وتواريخ القرارات الضمنية لكل ملف، الأقرب أولاً.

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
error-settings-corrupt = ملف الإعدادات غير قابل للقراءة؛ تُستخدم الإعدادات الافتراضية.
error-unknown-language = لغة غير معروفة: { $code }
error-internal = خطأ داخلي: { $detail }
