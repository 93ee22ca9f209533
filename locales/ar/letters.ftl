# النصوص المشتركة بين الرسائل المطبوعة وأوراق الشرح.
# أسطر «letter-*» تُطبع على الرسالة، بالفرنسية؛ وأسطر «explain-*» تُطبع
# على الورقة التي تُسلَّم إلى الشخص، بلغته.

letter-subject-label = الموضوع:
letter-enclosures-label = المرفقات:
letter-copy-label = نسخة إلى:
letter-page = صفحة
letter-registered = رسالة مضمونة مع إشعار بالاستلام
letter-registered-number = رسالة مضمونة مع إشعار بالاستلام رقم { $number }
letter-place-date = { $place }، في { $date }
letter-date = في { $date }
letter-helped-by = رسالة كُتبت بمساعدة { $organisation }

explain-title = شرح رسالتكم
explain-letter = الرسالة: { $letter }
explain-person = من أجل: { $name }
explain-prepared = أُعِدّت في { $date }
explain-prepared-by = أُعِدّت في { $date } مع { $organisation }
explain-asks = ماذا تطلب هذه الرسالة
explain-to = إلى من تُرسَل
explain-next = ماذا سيحدث، ومتى
explain-keep = ما يجب أن تحتفظوا به
explain-date-pending = يُحسَب عندما يعود إشعار الاستلام أو إثبات الإيداع
explain-footer = هذه الورقة لكم: احتفظوا بها مع نسخة الرسالة. لا ترسلوها.

## سجلّ المحاولات (المحافظة، ANEF) وملحقه (يُطبع الملحق بالفرنسية لأنه
## يُرسل إلى المحافظة والمحكمة).
journal-channel-anef = الخدمة الإلكترونية ANEF
journal-channel-rendez-vous = حجز موعد عبر الإنترنت
journal-channel-email = بريد إلكتروني
journal-channel-telephone = هاتف
journal-channel-guichet = شبّاك المحافظة (préfecture)
journal-channel-ccc = مركز اتصال المواطنين (ANTS)
journal-channel-pan = نقطة الاستقبال الرقمي (point d'accueil numérique)
journal-channel-courrier = رسالة بريدية
annex-title = سجلّ زمني للمحاولات
annex-born = المولود(ة) في { $date }
annex-nationality = الجنسية: { $nationality }
annex-subject =
    { $demarche ->
        [renouvellement] طلب تجديد بطاقة الإقامة
        [premiere-demande] طلب أول لبطاقة الإقامة
       *[other] طلب بطاقة إقامة
    } { $titre } – المحافظة: { $departement }
annex-summary = { $count ->
        [one] محاولة واحدة، في { $first }
       *[other] { $count } محاولات من { $first } إلى { $last }
    }، على { $weeks ->
        [one] أسبوع واحد
       *[other] { $weeks } أسابيع مختلفة
    }.
annex-empty = لم تُسجَّل أي محاولة بعد.
annex-established = أُعدّ هذا السجل في { $date }.
annex-established-place = أُعدّ هذا السجل في { $place } بتاريخ { $date }.
annex-established-by = أُعدّ هذا السجل في { $date } بمساعدة { $organisation }.
annex-established-place-by = أُعدّ هذا السجل في { $place } بتاريخ { $date } بمساعدة { $organisation }.
annex-column-number = الرقم
annex-column-date = التاريخ
annex-column-time = الساعة
annex-column-channel = الوسيلة
annex-column-outcome = ما حدث
annex-recorded = سُجّلت في { $date }
annex-see-shot = لقطة الشاشة رقم { $number } أدناه
annex-shots = لقطات الشاشة
annex-shot-caption = رقم { $number } – { $date }، { $time }
annex-shot-not-image = الملف « { $name } » محفوظ في الملف (صيغة لا يمكن عرضها هنا).
annex-shot-unreadable = صورة غير مقروءة: الملف محفوظ في الملف.

## حقوق الشخص (اللائحة العامة لحماية البيانات): التصدير والمحو
gdpr-summary-title = البيانات المحفوظة عن { $name }
gdpr-summary-date = تصدير بتاريخ { $date }، بطلب من الشخص.
gdpr-summary-files = يحتوي الملف donnees.json على كل هذه البيانات بصيغة يقرؤها الحاسوب؛ ويحتوي المجلد « pieces » على الوثائق ولقطات الشاشة والرسائل.
gdpr-summary-audit = يضم سجل التدقيق { $count } قيداً عن هذا الملف (التفاصيل في donnees.json).
gdpr-section-person = البطاقة
gdpr-section-documents = الوثائق
gdpr-opened = فُتح في
gdpr-attempts = المحاولات المسجَّلة
gdpr-none = لا شيء مسجَّل.
