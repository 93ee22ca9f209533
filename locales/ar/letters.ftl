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
explain-deadline = حتى متى تُرسَل
explain-deadline-enforceable = أرسلوها بالبريد في موعد أقصاه { $date }: تاريخ ختم البريد هو الذي يُعتدّ به. بعد هذا التاريخ، لن يعود من الممكن الطعن في القرار.
explain-deadline-not-enforceable = القرار لا يذكر كيف ولا في أي أجل يمكن الطعن فيه (« voies et délais de recours »): لذلك لا يمكن أن يُحتجّ عليكم بأجل الشهرين. ومع ذلك أرسلوا هذه الرسالة في أقرب وقت، ويُفضّل قبل { $date }. الحدّ الأقصى مبدئيًا سنة بعد القرار: { $ceiling }.
explain-deadline-not-enforceable-late = القرار لا يذكر كيف ولا في أي أجل يمكن الطعن فيه (« voies et délais de recours »): انقضى الشهران المعتادان في { $date }، لكن لا يمكن أن يُحتجّ عليكم بهما. أرسلوا هذه الرسالة فورًا: الحدّ الأقصى مبدئيًا سنة بعد القرار، أي { $ceiling }.
explain-deadline-past = انقضى أجل الطعن في هذا القرار منذ { $date }. يمكن مع ذلك إرسال هذه الرسالة: تستطيع الإدارة أن تتراجع عن قرارها، لكنها لم تعد ملزمة بذلك. كثيرًا ما يبقى تقديم طلب جديد ممكنًا: اطلبوا النصيحة من جمعية أو من محامٍ.
explain-deadline-enforceable-court = احرصوا على وصولها إلى المحكمة في موعد أقصاه { $date }: العبرة بتاريخ وصولها إلى كتابة الضبط لا بتاريخ البريد. بعد هذا التاريخ لا يمكن رفع الأمر إلى المحكمة.
explain-deadline-past-court = انقضى أجل رفع الأمر إلى المحكمة منذ { $date }: قد تُرفض العريضة لهذا السبب وحده. استشيروا جمعية أو محاميًا دون تأخير.
explain-deadline-suspended = أجل الطعن متوقف منذ { $since } أثناء الصلح: كان قد بقي منه حينئذ { $days } يومًا. ستعود هذه الأيام إلى السريان عند انتهاء الصلح (تقرير الموفِّق). وفي انتظار ذلك، يبقى التاريخ الأحوط هو { $safe }.
explain-deadline-none = لم يُسلَّم لكم أي قرار مكتوب: لا يسري أي أجل للطعن في الوقت الحالي. لكن لا تنتظروا: أرسلوا هذه الرسالة الآن.
explain-urgent = الأمر عاجل
explain-urgent-text = أرسلوا هذه الرسالة بالبريد اليوم. إذا لم يحدث شيء حتى { $date }، عودوا إلينا ومعكم هذه الورقة.
explain-urgent-text-undated = أرسلوا هذه الرسالة بالبريد اليوم، ثم عودوا إلينا ومعكم هذه الورقة فور وصول أي ردّ، أو إذا لم يحدث شيء.
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
