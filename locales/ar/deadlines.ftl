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
