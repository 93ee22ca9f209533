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
