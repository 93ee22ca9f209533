# Deadlines: reminders and the weekly list (texts produced in Rust).

reminder-title = Permanence: آجال قريبة
reminder-body =
    { $count ->
        [one] يحلّ أجل واحد
       *[other] تحلّ { $count } آجال
    } خلال الأيام { $days } القادمة، أولها في { $date }. افتحوا شاشة الآجال.

# آجال الأسبوع، مطبوعة في ملف PDF.
weekly-title = آجال هذا الأسبوع
weekly-subtitle = من { $from } إلى { $to } — قائمة مطبوعة في { $today }
weekly-col-date = التاريخ
weekly-col-person = الشخص
weekly-col-what = الأجل
weekly-col-note = ملاحظة
weekly-empty = لا يوجد أي أجل.
weekly-act-now = يجب القيام به الآن (لا تسري أي مهلة)
weekly-act-now-what = إرسال الرسالة « { $letter } »
weekly-act-now-note = لا يوجد قرار مكتوب: لا تسري أي مهلة، لكن الشخص يبقى دون حل
weekly-overdue = متأخرة (آخر 60 يوماً)
weekly-week = هذا الأسبوع
weekly-provisional = تاريخ مؤقت: { $assumption }
weekly-not-enforceable = أجل غير قابل للاحتجاج به: التصرف في موعد أقصاه { $date }
weekly-page = صفحة

# How a deadline was computed, step by step (Échéances, a dossier's
# timeline, the calendar file). Dates arrive as DD/MM/YYYY; $weekday and
# $month are the names below; $amount and $days are numbers.
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
deadline-amount-days =
    { $amount ->
        [one] يوم واحد
        [two] يومان
        [few] { $amount } أيام
       *[other] { $amount } يومًا
    }
deadline-amount-months =
    { $amount ->
        [one] شهر واحد
        [two] شهران
        [few] { $amount } أشهر
       *[other] { $amount } شهرًا
    }
deadline-amount-working-days =
    { $amount ->
        [one] يوم عمل واحد
        [two] يوما عمل
        [few] { $amount } أيام عمل
       *[other] { $amount } يوم عمل
    }
# After the count of working days, in the first step only.
deadline-working-days-note = (دون احتساب أيام السبت والأحد والعطل الرسمية)
deadline-distance-overseas = + شهر واحد مهلة مسافة (ما وراء البحار)
deadline-distance-abroad = + شهران مهلة مسافة (الخارج)
deadline-missing-day = (لا يوجد يوم { $day } في { $month })
deadline-step-count = { $event } في { $start } + { $amount } = { $end }
deadline-step-count-distance = { $event } في { $start } + { $amount } { $distance } = { $end }
deadline-step-count-missing = { $event } في { $start } + { $amount } = { $end } { $missing }
deadline-step-count-distance-missing = { $event } في { $start } + { $amount } { $distance } = { $end } { $missing }
deadline-step-franc = مهلة كاملة (délai franc): + يوم واحد = { $end }
deadline-step-franc-month-end = مهلة كاملة (délai franc): لا يُضاف يوم بعد نهاية الشهر (التاريخ الأكثر أمانًا)
deadline-skipped-day = { $weekday }
deadline-skipped-holiday = { $weekday } { $date } ({ $holiday }، عطلة رسمية)
deadline-skipped-then = ، ثم
deadline-step-moved = { $skipped } ← أُجِّل إلى { $weekday } { $due }
deadline-step-suspended = المهلة معلّقة بسبب { $reason } من { $from } إلى { $until }: كان قد بقي { $days } ← { $end }
deadline-step-suspension-running = المهلة معلّقة منذ { $since } بسبب { $reason }: ستستأنف الأيام المتبقية عند انتهائها؛ وحتى ذلك الحين يبقى التاريخ أعلاه هو الأكثر أمانًا
deadline-step-assumed = { $event } مفترض في { $assumed } ({ $origin } في { $base } + { $amount })، يُصحَّح عند معرفة التاريخ الفعلي
deadline-origin-answer = التاريخ المُدخل
deadline-origin-letter-sent = إرسال الرسالة
deadline-origin-letter-received = إشعار استلام الرسالة
deadline-origin-deadline = الموعد السابق
deadline-step-not-enforceable = لم يذكر القرار طرق ومواعيد الطعن: لا يمكن الاحتجاج بهذه المهلة على الشخص، لكن يجب تقديم الطعن في مهلة معقولة، سنة واحدة مبدئيًا (حتى { $ceiling }، اجتهاد Czabaj) — ويُفضَّل التصرف قبل { $act_by }

# What starts a deadline, as the démarche files name it (`event`).
# The start of a count with no event named (the command line).
deadline-event-start = البداية
deadline-event-notification = التبليغ
deadline-event-refusal-notified = تبليغ الرفض
deadline-event-refusal = الرفض
deadline-event-court-deadline = انتهاء أجل اللجوء إلى المحكمة
deadline-event-decision-seen = يوم رؤية الإشارة في الحساب
deadline-event-implicit-rejection = الرفض الضمني
deadline-event-acknowledgement = إشعار الاستلام
deadline-event-conciliation-request = طلب المصالحة
deadline-event-counter-filing = الإيداع في الشباك
deadline-event-renewal-filed = إيداع طلب التجديد
deadline-event-application-filed = إيداع الطلب
deadline-event-decision-request-received = استلام طلب القرار
deadline-event-complaint-received = استلام الشكوى
deadline-event-claim-received = استلام المطالبة
deadline-event-file-received = استلام الملف
deadline-event-recourse-received = استلام الطعن
deadline-event-recourse-rejected = رفض الطعن (كتابيًا، أو ضمنيًا بعد السكوت)
deadline-event-protection-granted = قرار الحماية (OFPRA أو CNDA)
# What suspends one (`suspend.reason`).
deadline-suspension-conciliation = المصالحة

# Public holidays, named in explanations.
holiday-new-year = رأس السنة
holiday-easter-monday = اثنين الفصح
holiday-labour-day = عيد العمال
holiday-victory-1945 = عيد النصر 1945
holiday-ascension = عيد الصعود
holiday-whit-monday = اثنين العنصرة
holiday-national-day = العيد الوطني
holiday-assumption = عيد انتقال العذراء
holiday-all-saints = عيد جميع القديسين
holiday-armistice-1918 = هدنة 1918
holiday-christmas = عيد الميلاد
holiday-good-friday = الجمعة العظيمة
holiday-saint-stephen = عيد القديس إسطفان
holiday-abolition-of-slavery = ذكرى إلغاء العبودية
