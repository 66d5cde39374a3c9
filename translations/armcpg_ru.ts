<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../core/settings/AppSettings.cpp" line="+32"/>
        <source>change settings</source>
        <translation>изменять настройки</translation>
    </message>
</context>
<context>
    <name>AppealAssignment</name>
    <message>
        <location filename="../core/appeal/AppealAssignment.cpp" line="+84"/>
        <source>there is no active user %1</source>
        <translation>нет действующего пользователя %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is the official whose actions are complained about: the appeal is never assigned to them (I-61)</source>
        <translation>%1 — должностное лицо, на действия которого подана жалоба: обращение ему не поручается (I-61)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 handled the same applicant&apos;s earlier appeal %2: a reception appeal is not assigned to whoever handled the applicant&apos;s question before (R-53)</source>
        <translation>%1 рассматривал предыдущее обращение того же заявителя %2: обращение с личного приёма не поручается тому, кто ранее рассматривал вопрос заявителя (R-53)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the earlier appeals of the applicant could not be checked (R-53): %1</source>
        <translation>не удалось проверить предыдущие обращения заявителя (R-53): %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 resolved the same applicant&apos;s earlier personal reception (ЛП-1 card %2 of %3): a reception appeal is not assigned to whoever handled the applicant&apos;s question before (R-53)</source>
        <translation>%1 принимал решение по предыдущему личному приёму того же заявителя (карточка ЛП-1 %2 от %3): обращение с личного приёма не поручается тому, кто ранее рассматривал вопрос заявителя (R-53)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the earlier receptions of the applicant could not be checked (R-53): %1</source>
        <translation>не удалось проверить предыдущие приёмы заявителя (R-53): %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>assign executors</source>
        <translation>назначать исполнителей</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the final answer to appeal %1 was sent on %2</source>
        <translation>окончательный ответ на обращение %1 направлен %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lead executor</source>
        <translation>Ответственный исполнитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-executors</source>
        <translation>Соисполнители</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead executor: the appeal is assigned to %1 already; hand it over by a transfer with a rapport (I-34)</source>
        <translation>Ответственный исполнитель: обращение уже поручено %1; передайте его на основании рапорта (I-34)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lead executor is required (I-33)</source>
        <translation>Необходимо указать ответственного исполнителя (I-33)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: there is no active user %2</source>
        <translation>%1: нет действующего пользователя %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 is named twice</source>
        <translation>%1: %2 указан дважды</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the executors could not be assigned</source>
        <translation>не удалось назначить исполнителей</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>transfer appeals</source>
        <translation>передавать обращения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfer to</source>
        <translation>Передать</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Transfer to: the appeal has no lead executor yet; assign it first (I-33)</source>
        <translation>Передать: у обращения ещё нет ответственного исполнителя; сначала назначьте его (I-33)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rapport</source>
        <translation>Рапорт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rapport: a transfer is made on a rapport stating its reasons (I-34)</source>
        <translation>Рапорт: передача производится на основании рапорта с изложением её причин (I-34)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfer to: there is no active user %1</source>
        <translation>Передать: нет действующего пользователя %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer to: %1 is the lead executor already</source>
        <translation>Передать: %1 уже является ответственным исполнителем</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The rapport is late: it was due within 3 working days of the receipt by %1 on %2, by %3 (D11, I-34)</source>
        <translation>Рапорт подан с опозданием: его следовало подать в течение 3 рабочих дней со дня получения обращения исполнителем %1 (%2), то есть не позднее %3 (D11, I-34)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the appeal could not be transferred</source>
        <translation>не удалось передать обращение</translation>
    </message>
</context>
<context>
    <name>AppealAttachments</name>
    <message>
        <location filename="../core/appeal/AppealAttachments.cpp" line="+53"/>
        <location line="+27"/>
        <location line="+79"/>
        <location line="+6"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>File: %1 does not exist</source>
        <translation>Файл: %1 не существует</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>File: %1 is %2 MB; the limit is %3 MB</source>
        <translation>Файл: размер %1 — %2 МБ; допустимо не более %3 МБ</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>File: %1 cannot be read: %2</source>
        <translation>Файл: не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>attach files to appeals</source>
        <translation>прикреплять файлы к обращениям</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File: the file name is required</source>
        <translation>Файл: необходимо указать имя файла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File: the name %1 is longer than 255 characters</source>
        <translation>Файл: имя %1 длиннее 255 символов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File: %1 is empty</source>
        <translation>Файл: %1 пуст</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description is longer than %1 characters</source>
        <translation>Описание: длиннее %1 символов</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>File: %1 could not be stored</source>
        <translation>Файл: не удалось сохранить %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>remove files from appeals</source>
        <translation>удалять файлы из обращений</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File: there is no such attachment</source>
        <translation>Файл: такого вложения нет</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File: %1 could not be removed</source>
        <translation>Файл: не удалось удалить %1</translation>
    </message>
</context>
<context>
    <name>AppealDeadline</name>
    <message>
        <location filename="../core/appeal/AppealDeadline.cpp" line="+46"/>
        <source>The terms of the Administrative Procedural Code do not apply to this appeal (I-5, I-13)</source>
        <translation>Сроки АППК на это обращение не распространяются (I-5, I-13)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The term in force is %1, that of the main appeal (I-35).</source>
        <translation>Действующий срок — %1, срок основного обращения (I-35).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The term in force is %1: 10 working days after the inspection ended on %2 (D20, I-52).</source>
        <translation>Действующий срок — %1: 10 рабочих дней после окончания проверки %2 (D20, I-52).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The term in force is %1: extended by the head&apos;s decision (I-52).</source>
        <translation>Действующий срок — %1: продлён по решению руководителя (I-52).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The term in force is %1.</source>
        <translation>Действующий срок — %1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The complaint was filed after the three-month term: the applicant learned of the act on %1, the term ended on %2. It is accepted all the same; the reasons for the delay are examined on the merits and the term may be restored on petition (I-71, D24).</source>
        <translation>Жалоба подана по истечении трёхмесячного срока: заявитель узнал об акте %1, срок истёк %2. Жалоба тем не менее принимается; причины пропуска срока рассматриваются по существу, и по ходатайству срок может быть восстановлен (I-71, D24).</translation>
    </message>
</context>
<context>
    <name>AppealDecisions</name>
    <message>
        <location filename="../core/appeal/AppealDecisions.cpp" line="+104"/>
        <source>record decisions on appeals</source>
        <translation>регистрировать решения по обращениям</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+102"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Decision: the appeal&apos;s regime &quot;%1&quot; is decided under its own law, not by the lists of the Instruction (I-5, I-10, I-13)</source>
        <translation>Решение: обращение в режиме &quot;%1&quot; разрешается по специальному закону, а не по перечням Инструкции (I-5, I-10, I-13)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision: &quot;%1&quot; is not a decision of the directory</source>
        <translation>Решение: &quot;%1&quot; не является решением из справочника</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision: &quot;%1&quot; belongs to the %2 procedure; this appeal is considered in the %3 procedure (I-46, I-69, I-80)</source>
        <translation>Решение: &quot;%1&quot; относится к процедуре &quot;%2&quot;; это обращение рассматривается в процедуре &quot;%3&quot; (I-46, I-69, I-80)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason</source>
        <translation>Мотивировка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason: the decision &quot;%1&quot; must be motivated (I-82)</source>
        <translation>Мотивировка: решение &quot;%1&quot; должно быть мотивированным (I-82)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Ground</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Ground: the decision &quot;%1&quot; needs one of its grounds (I-57, I-74)</source>
        <translation>Основание: для решения &quot;%1&quot; необходимо указать одно из оснований (I-57, I-74)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ground: the decision &quot;%1&quot; takes no ground</source>
        <translation>Основание: для решения &quot;%1&quot; основание не указывается</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Act: say whether the administrative act is favourable or burdensome (I-47)</source>
        <translation>Акт: укажите, является ли административный акт благоприятным или обременяющим (I-47)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Act: the decision &quot;%1&quot; adopts no act</source>
        <translation>Акт: решением &quot;%1&quot; административный акт не принимается</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+151"/>
        <source>Decided on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Decided on: the date of the decision is required</source>
        <translation>Дата решения: необходимо указать дату решения</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+151"/>
        <source>Decided on: the date must lie between the receipt and today</source>
        <translation>Дата решения: дата должна быть не раньше даты поступления и не позже сегодняшнего дня</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Decision: the final answer was sent on %1; the decision stands</source>
        <translation>Решение: окончательный ответ направлен %1; решение изменить нельзя</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the decision could not be recorded</source>
        <translation>не удалось зарегистрировать решение</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>record the signature of answers</source>
        <translation>регистрировать подписание ответов</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signer</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision: the answer states a decision; record it first</source>
        <translation>Решение: в ответе излагается решение; сначала зарегистрируйте его</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer language</source>
        <translation>Язык ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer language: the answer is in the state language (kk) or in the language of the appeal (%1), not &quot;%2&quot; (I-85)</source>
        <translation>Язык ответа: ответ даётся на государственном языке (kk) или на языке обращения (%1), а не на &quot;%2&quot; (I-85)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Signed on</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Signed on: the date of the signature is required</source>
        <translation>Дата подписания: необходимо указать дату подписания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed on: the date must lie between the decision and today</source>
        <translation>Дата подписания: дата должна быть не раньше даты решения и не позже сегодняшнего дня</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signer: there is no such active user</source>
        <translation>Подписант: нет такого действующего пользователя</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signer: %1 has no signing level (I-88)</source>
        <translation>Подписант: у пользователя %1 нет уровня подписания (I-88)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signer: %1 (%2) does not sign &quot;%3&quot;; it is signed by: %4 (I-88)</source>
        <translation>Подписант: %1 (%2) не подписывает &quot;%3&quot;; подписывают: %4 (I-88)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signer: the ЛП-1 card of this reception appeal does not name the official who held the reception, who signs a refusal (R-53)</source>
        <translation>Подписант: в карточке ЛП-1 этого обращения с личного приёма не указано должностное лицо, проводившее приём, которое подписывает отказ (R-53)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signer: the appeal from a personal reception is not satisfied, so its answer is signed by the official who held the reception, %1 (R-53)</source>
        <translation>Подписант: обращение с личного приёма не удовлетворено, поэтому ответ подписывает должностное лицо, проводившее приём, — %1 (R-53)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the signature could not be recorded</source>
        <translation>не удалось зарегистрировать подписание</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>terminate correspondence</source>
        <translation>прекращать переписку</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Screening</source>
        <translation>Предварительное рассмотрение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Screening: correspondence is terminated on a repeated appeal only (I-57(1), I-58)</source>
        <translation>Предварительное рассмотрение: переписка прекращается только по повторному обращению (I-57(1), I-58)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Status: correspondence is terminated already</source>
        <translation>Статус: переписка уже прекращена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conclusion</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conclusion: the motivated conclusion is required (I-58)</source>
        <translation>Заключение: необходимо мотивированное заключение (I-58)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved by</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved by: the conclusion is approved by a head or a deputy (a user with the role Head; I-58)</source>
        <translation>Утверждено: заключение утверждает руководитель или его заместитель (пользователь с ролью «Руководитель»; I-58)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>correspondence could not be terminated</source>
        <translation>не удалось прекратить переписку</translation>
    </message>
</context>
<context>
    <name>AppealForm</name>
    <message>
        <location filename="../ui/appeal/AppealForm.cpp" line="+52"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedural regime</source>
        <translation>Процессуальный режим</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Канал поступления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal entity</source>
        <translation>Юридическое лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-applicants</source>
        <translation>Созаявители</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Предмет обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respondent official</source>
        <translation>Должностное лицо, на действия которого подана жалоба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Essence</source>
        <translation>Суть обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results required</source>
        <translation>Требуется сообщить о результатах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control authority</source>
        <translation>Контролирующий орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learned of the act on</source>
        <translation>Дата, когда стало известно об акте</translation>
    </message>
</context>
<context>
    <name>AppealJson</name>
    <message>
        <location filename="../core/appeal/AppealJson.cpp" line="+137"/>
        <source>%1: there is no such field of an appeal</source>
        <translation>%1: такого поля обращения нет</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: must be text</source>
        <translation>%1: должно быть текстом</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;%2&quot; is not a date that exists (YYYY-MM-DD)</source>
        <translation>%1: &quot;%2&quot; не является существующей датой (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &quot;%2&quot; is not a date and time (YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>%1: &quot;%2&quot; не является датой и временем (ГГГГ-ММ-ДДTЧЧ:ММ:ССZ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: must be true or false</source>
        <translation>%1: должно быть true или false</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: must be a whole number, 0 or more</source>
        <translation>%1: должно быть целым числом не меньше 0</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: must be an array of text</source>
        <translation>%1: должно быть массивом строк</translation>
    </message>
</context>
<context>
    <name>AppealScreening</name>
    <message>
        <location filename="../core/appeal/AppealScreening.cpp" line="+107"/>
        <source>primary</source>
        <translation>первичное</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repeated</source>
        <translation>повторное</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate</source>
        <translation>дубликат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anonymous</source>
        <translation>анонимное</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>challenges the earlier decision</source>
        <translation>обжалует ранее принятое решение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the earlier appeal was not answered in time</source>
        <translation>на предыдущее обращение не был своевременно дан ответ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>points to other defects of the earlier consideration</source>
        <translation>указывает на иные нарушения при рассмотрении предыдущего обращения</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>same BIN</source>
        <translation>тот же БИН</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>same IIN</source>
        <translation>тот же ИИН</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same name (the earlier appeal has no %1)</source>
        <translation>то же наименование (в предыдущем обращении не указан %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name</source>
        <translation>то же наименование</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>same subject</source>
        <translation>тот же предмет обращения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same addressee</source>
        <translation>тот же адресат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>essentially the same text</source>
        <translation>по существу тот же текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1% of the essence&apos;s words in common</source>
        <translation>%1% общих слов в сути обращения</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the author cannot be established (I-2(11))</source>
        <translation>автора невозможно установить (I-2(11))</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no signature or ЭЦП (I-2(11))</source>
        <translation>нет подписи или ЭЦП (I-2(11))</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no postal address (I-2(11))</source>
        <translation>нет почтового адреса (I-2(11))</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the same applicant, question and essentially the same text as %1 (I-2(10), RR-13)</source>
        <translation>тот же заявитель, тот же вопрос и по существу тот же текст, что и в %1 (I-2(10), RR-13)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>the same person&apos;s question was received %n time(s) before in this prosecutor&apos;s office; confirm that it challenges the decision, reports an untimely answer or other defects (I-2(12))</source>
        <translation>
            <numerusform>вопрос того же лица уже поступал в эту прокуратуру %n раз; подтвердите, что обращение обжалует ранее принятое решение, сообщает о несвоевременном ответе или об иных нарушениях (I-2(12))</numerusform>
            <numerusform>вопрос того же лица уже поступал в эту прокуратуру %n раза; подтвердите, что обращение обжалует ранее принятое решение, сообщает о несвоевременном ответе или об иных нарушениях (I-2(12))</numerusform>
            <numerusform>вопрос того же лица уже поступал в эту прокуратуру %n раз; подтвердите, что обращение обжалует ранее принятое решение, сообщает о несвоевременном ответе или об иных нарушениях (I-2(12))</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the question has not been considered before in this prosecutor&apos;s office (I-2(6))</source>
        <translation>вопрос ранее в этой прокуратуре не рассматривался (I-2(6))</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>screen appeals</source>
        <translation>проводить предварительное рассмотрение обращений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screening</source>
        <translation>Предварительное рассмотрение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screening: choose primary, repeated, duplicate or anonymous (I-2)</source>
        <translation>Предварительное рассмотрение: выберите первичное, повторное, дубликат или анонимное (I-2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason</source>
        <translation>Мотивировка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason is longer than %1 characters</source>
        <translation>Мотивировка: длиннее %1 символов</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>Main appeal</source>
        <translation>Основное обращение</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Main appeal: a duplicate names the appeal it copies (I-2(10))</source>
        <translation>Основное обращение: для дубликата указывается обращение, которое он повторяет (I-2(10))</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main appeal: there is no such earlier appeal in this prosecutor&apos;s office</source>
        <translation>Основное обращение: такого предыдущего обращения в этой прокуратуре нет</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main appeal: %1 is itself a duplicate of %2; name that one (I-35)</source>
        <translation>Основное обращение: %1 само является дубликатом обращения %2; укажите его (I-35)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main appeal: only a duplicate or a repeated appeal names an earlier one</source>
        <translation>Основное обращение: предыдущее обращение указывается только для дубликата или повторного обращения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trigger</source>
        <translation>Основание повторного обращения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trigger: a repeated appeal challenges the earlier decision, reports an untimely answer or points to other defects; name which (I-2(12))</source>
        <translation>Основание повторного обращения: повторное обращение обжалует ранее принятое решение, сообщает о несвоевременном ответе или указывает на иные нарушения; укажите, что именно (I-2(12))</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the screening could not be recorded</source>
        <translation>не удалось зарегистрировать результат предварительного рассмотрения</translation>
    </message>
</context>
<context>
    <name>AppealService</name>
    <message>
        <location filename="../core/appeal/AppealService.cpp" line="+137"/>
        <source>%1 is required</source>
        <translation>%1: обязательное поле</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; is not in the directory</source>
        <translation>%1: значения &quot;%2&quot; нет в справочнике</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind: an application for personal reception is not an appeal</source>
        <translation>Вид: заявка на личный приём не является обращением</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedural regime</source>
        <translation>Процессуальный режим</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form: a petition is made in writing only</source>
        <translation>Форма: ходатайство подаётся только в письменной форме</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Channel</source>
        <translation>Канал поступления</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel: an appeal from a personal reception comes through that channel</source>
        <translation>Канал поступления: обращение с личного приёма поступает по каналу «личный приём»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reception card</source>
        <translation>Карточка ЛП-1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reception card: there is no such ЛП-1 card</source>
        <translation>Карточка ЛП-1: такой карточки ЛП-1 нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From personal reception</source>
        <translation>Отметка «с личного приёма»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From personal reception: an appeal linked to an ЛП-1 card carries the mark</source>
        <translation>Отметка «с личного приёма»: обращение, связанное с карточкой ЛП-1, должно иметь эту отметку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Applicant: the name of the legal entity is required</source>
        <translation>Заявитель: необходимо указать наименование юридического лица</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IIN: %1 is not a valid IIN</source>
        <translation>ИИН: %1 не является допустимым ИИН</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BIN: %1 is not a valid BIN</source>
        <translation>БИН: %1 не является допустимым БИН</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Essence</source>
        <translation>Суть обращения</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Essence is required (I-40)</source>
        <translation>Необходимо указать суть обращения (I-40)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Предмет обращения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Co-applicants</source>
        <translation>Созаявители</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is longer than %2 characters</source>
        <translation>%1: длиннее %2 символов</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Received on</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Received on: the date of receipt is required</source>
        <translation>Дата поступления: необходимо указать дату поступления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on: the date of receipt is in the future</source>
        <translation>Дата поступления: дата ещё не наступила</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>register appeals</source>
        <translation>регистрировать обращения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the appeal is registered already as %1</source>
        <translation>обращение уже зарегистрировано под номером %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+13"/>
        <location line="+113"/>
        <location line="+22"/>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>the appeal could not be registered</source>
        <translation>не удалось зарегистрировать обращение</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>take appeals on control</source>
        <translation>ставить обращения на контроль</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+113"/>
        <source>there is no such appeal</source>
        <translation>такого обращения нет</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+9"/>
        <location line="+9"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Control</source>
        <translation>Контроль</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Control: the appeal is on control already (%1)</source>
        <translation>Контроль: обращение уже поставлено на контроль (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the appeal could not be taken on control</source>
        <translation>не удалось поставить обращение на контроль</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Control: the appeal is not on control</source>
        <translation>Контроль: обращение не стоит на контроле</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Control: only %1, who took the appeal on control, can remove it (I-53)</source>
        <translation>Контроль: снять обращение с контроля может только %1, поставивший его на контроль (I-53)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Control: an appeal from a personal reception stays on control until its final answer is sent (R-54)</source>
        <translation>Контроль: обращение с личного приёма остаётся на контроле до направления окончательного ответа (R-54)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>control could not be removed</source>
        <translation>не удалось снять обращение с контроля</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>record answers</source>
        <translation>регистрировать ответы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Final answer sent on</source>
        <translation>Дата направления окончательного ответа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interim answer sent on</source>
        <translation>Дата направления промежуточного ответа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the sending date is required</source>
        <translation>%1: необходимо указать дату направления</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the date must lie between the receipt and today</source>
        <translation>%1: дата должна быть не раньше даты поступления и не позже сегодняшнего дня</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the answer could not be recorded</source>
        <translation>не удалось зарегистрировать ответ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>correct appeals</source>
        <translation>исправлять обращения</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the appeal could not be saved</source>
        <translation>не удалось сохранить обращение</translation>
    </message>
</context>
<context>
    <name>AppealTermSource</name>
    <message>
        <location filename="../ui/appeal/AppealTermSource.cpp" line="+25"/>
        <source>No term of the Administrative Procedural Code applies</source>
        <translation>Сроки АППК не применяются</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due %1%2: answered on %3, after the term (I-68)</source>
        <translation>Срок %1%2: ответ дан %3, с нарушением срока (I-68)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due %1%2: answered on %3, within the term (I-68)</source>
        <translation>Срок %1%2: ответ дан %3, в установленный срок (I-68)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due %1%2: overdue by %3 days; the complaint is deemed refused (I-83)</source>
        <translation>Срок %1%2: просрочено на %3 дн.; жалоба считается отклонённой (I-83)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due %1%2: overdue by %3 days</source>
        <translation>Срок %1%2: просрочено на %3 дн.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due %1%2: the last day is today</source>
        <translation>Срок %1%2: сегодня последний день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due %1%2: %3 days left, %4 working days</source>
        <translation>Срок %1%2: осталось дней: %3, рабочих дней: %4</translation>
    </message>
</context>
<context>
    <name>AppealTerms</name>
    <message>
        <location filename="../core/appeal/AppealTerms.cpp" line="+85"/>
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the term of the appeal could not be recomputed</source>
        <translation>не удалось пересчитать срок обращения</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the final answer to appeal %1 was sent on %2: its terms are closed</source>
        <translation>окончательный ответ на обращение %1 направлен %2: его сроки закрыты</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>extend the term of appeals</source>
        <translation>продлевать срок рассмотрения обращений</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New term</source>
        <translation>Новый срок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New term: a duplicate shares the term of its main appeal (I-35): extend the main appeal</source>
        <translation>Новый срок: дубликат имеет общий срок с основным обращением (I-35): продлите срок основного обращения</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New term: the terms of the Administrative Procedural Code do not apply to this appeal (I-5, I-13): there is no term to extend</source>
        <translation>Новый срок: сроки АППК на это обращение не распространяются (I-5, I-13): продлевать нечего</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New term: the term expired on %1 and can no longer be extended (I-52)</source>
        <translation>Новый срок: срок истёк %1, продление срока уже невозможно (I-52)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+54"/>
        <source>Reason</source>
        <translation>Мотивировка</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Reason: the extension is decided by a motivated decision; state the reasons (I-52)</source>
        <translation>Мотивировка: продление срока производится мотивированным решением; укажите причины (I-52)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New term: the date is required</source>
        <translation>Новый срок: необходимо указать дату</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New term: %1 is not later than the term in force, %2</source>
        <translation>Новый срок: %1 не позже действующего срока %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New term: no more than two months from the receipt: the term may end on %1 at the latest (D17a, I-52)</source>
        <translation>Новый срок: не более двух месяцев со дня поступления: срок может истекать не позднее %1 (D17a, I-52)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rapport filed on</source>
        <translation>Дата рапорта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rapport filed on: the date of the extension rapport is required (I-52)</source>
        <translation>Дата рапорта: необходимо указать дату рапорта о продлении срока (I-52)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapport filed on: the date is in the future</source>
        <translation>Дата рапорта: дата ещё не наступила</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapport filed on: the rapport is filed at least one day before the term expires on %1, that is by %2 (D18, I-52)</source>
        <translation>Дата рапорта: рапорт подаётся не менее чем за один день до истечения срока %1, то есть не позднее %2 (D18, I-52)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the term could not be extended</source>
        <translation>не удалось продлить срок</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>put appeals on additional control</source>
        <translation>ставить обращения на дополнительный контроль</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Additional control</source>
        <translation>Дополнительный контроль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Additional control: the appeal is on additional control already</source>
        <translation>Дополнительный контроль: обращение уже находится на дополнительном контроле</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason: additional control is decided on a rapport; state its reasons (I-52)</source>
        <translation>Мотивировка: дополнительный контроль устанавливается на основании рапорта; укажите его причины (I-52)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the appeal could not be put on additional control</source>
        <translation>не удалось поставить обращение на дополнительный контроль</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+30"/>
        <source>record inspections</source>
        <translation>регистрировать проверки</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Inspection started on</source>
        <translation>Дата начала проверки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspection started on: an inspection is under way since %1</source>
        <translation>Дата начала проверки: проверка уже проводится с %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inspection started on: the date is required</source>
        <translation>Дата начала проверки: необходимо указать дату</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inspection started on: the date must lie between the receipt and today</source>
        <translation>Дата начала проверки: дата должна быть не раньше даты поступления и не позже сегодняшнего дня</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the inspection could not be recorded</source>
        <translation>не удалось зарегистрировать проверку</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inspection ended on</source>
        <translation>Дата окончания проверки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspection ended on: no inspection is under way</source>
        <translation>Дата окончания проверки: проверка не проводится</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inspection ended on: the date is required</source>
        <translation>Дата окончания проверки: необходимо указать дату</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inspection ended on: the date must lie between the start of the inspection, %1, and today</source>
        <translation>Дата окончания проверки: дата должна быть не раньше начала проверки (%1) и не позже сегодняшнего дня</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the end of the inspection could not be recorded</source>
        <translation>не удалось зарегистрировать окончание проверки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>notify hearings</source>
        <translation>уведомлять о заслушивании</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hearing</source>
        <translation>Заслушивание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hearing: there is no hearing in the simplified procedure, except for statements and complaints (I-56)</source>
        <translation>Заслушивание: в упрощённом порядке заслушивание не проводится, кроме заявлений и жалоб (I-56)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Act on</source>
        <translation>Дата принятия акта</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Act on: the planned date of the administrative act is required</source>
        <translation>Дата принятия акта: необходимо указать планируемую дату принятия административного акта</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Act on: the participant is notified no later than 3 working days before the act, by %1; the act can be adopted on %2 at the earliest (D14, I-43)</source>
        <translation>Дата принятия акта: участник уведомляется не позднее чем за 3 рабочих дня до принятия акта, то есть не позднее %1; акт может быть принят не ранее %2 (D14, I-43)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place: the place of the hearing is required (I-43)</source>
        <translation>Место: необходимо указать место заслушивания (I-43)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the hearing notice could not be recorded</source>
        <translation>не удалось зарегистрировать уведомление о заслушивании</translation>
    </message>
</context>
<context>
    <name>AppealTriage</name>
    <message>
        <location filename="../core/appeal/AppealTriage.cpp" line="+140"/>
        <location line="+132"/>
        <location line="+41"/>
        <location line="+23"/>
        <location line="+31"/>
        <location line="+38"/>
        <location line="+65"/>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="-390"/>
        <location line="+173"/>
        <location line="+44"/>
        <location line="+29"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>Status: appeal %1 is %2 already</source>
        <translation>Статус: обращение %1 уже в статусе &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+259"/>
        <source>Competent body</source>
        <translation>Орган по компетенции</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>Competent body: name the body the appeal is forwarded to (I-31)</source>
        <translation>Орган по компетенции: укажите орган, в который направляется обращение (I-31)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notice to the applicant</source>
        <translation>Уведомление заявителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice to the applicant: the applicant is notified at the same time as the appeal is forwarded (I-31)</source>
        <translation>Уведомление заявителя: заявитель уведомляется одновременно с направлением обращения (I-31)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+247"/>
        <location line="+32"/>
        <source>Screening</source>
        <translation>Предварительное рассмотрение</translation>
    </message>
    <message>
        <location line="-278"/>
        <source>Screening: an anonymous appeal is redirected or left without consideration, not forwarded with a notice (I-42)</source>
        <translation>Предварительное рассмотрение: анонимное обращение перенаправляется или оставляется без рассмотрения, а не направляется с уведомлением (I-42)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>forward appeals</source>
        <translation>направлять обращения по компетенции</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the appeal could not be forwarded</source>
        <translation>не удалось направить обращение</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>forward parts of appeals</source>
        <translation>направлять части обращений по компетенции</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <location line="+5"/>
        <location line="+70"/>
        <source>Part</source>
        <translation>Часть</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Part: state the question that goes to the other body (RR-11)</source>
        <translation>Часть: укажите вопрос, направляемый в другой орган (RR-11)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part is longer than %1 characters</source>
        <translation>Часть: длиннее %1 символов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Part: %1 is a part already; split the main appeal (RR-11)</source>
        <translation>Часть: %1 уже является частью обращения; разделите основное обращение (RR-11)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the part could not be forwarded</source>
        <translation>не удалось направить часть обращения</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>send deficiency notices</source>
        <translation>направлять уведомления об устранении недостатков</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind: a deficiency notice applies to a statement, report, proposal, response or request only (I-25)</source>
        <translation>Вид: уведомление об устранении недостатков применяется только к заявлению, сообщению, предложению, отклику или запросу (I-25)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: a deficiency notice is pending already</source>
        <translation>Статус: уведомление об устранении недостатков уже направлено</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Requirements</source>
        <translation>Требования</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Requirements: name the requirements of АППК art. 63 that are not met (I-25)</source>
        <translation>Требования: укажите невыполненные требования статьи 63 АППК (I-25)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requirements is longer than %1 characters</source>
        <translation>Требования: длиннее %1 символов</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+41"/>
        <source>Term to fix</source>
        <translation>Срок устранения</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Term to fix: set a reasonable term after today (I-25, D5)</source>
        <translation>Срок устранения: установите разумный срок позже сегодняшнего дня (I-25, D5)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the notice could not be recorded</source>
        <translation>не удалось зарегистрировать уведомление</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>return appeals</source>
        <translation>возвращать обращения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status: only an appeal with a pending deficiency notice is returned (I-25)</source>
        <translation>Статус: возвращается только обращение, по которому направлено уведомление об устранении недостатков (I-25)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Term to fix: the applicant may fix the appeal until %1 (I-25)</source>
        <translation>Срок устранения: заявитель может устранить недостатки обращения до %1 (I-25)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the appeal could not be returned</source>
        <translation>не удалось вернуть обращение</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>record corrected appeals</source>
        <translation>регистрировать исправленные обращения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status: the appeal has no pending deficiency notice</source>
        <translation>Статус: по обращению не направлялось уведомление об устранении недостатков</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the correction could not be recorded</source>
        <translation>не удалось зарегистрировать исправление</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>redirect anonymous appeals</source>
        <translation>перенаправлять анонимные обращения</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+32"/>
        <source>Screening: confirm the appeal as anonymous first (I-2(11))</source>
        <translation>Предварительное рассмотрение: сначала подтвердите, что обращение анонимное (I-2(11))</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Competent body: name the body the anonymous appeal is redirected to (I-42)</source>
        <translation>Орган по компетенции: укажите орган, в который перенаправляется анонимное обращение (I-42)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the appeal could not be redirected</source>
        <translation>не удалось перенаправить обращение</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>leave anonymous appeals without consideration</source>
        <translation>оставлять анонимные обращения без рассмотрения</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Conclusion</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Conclusion: a motivated conclusion is required (I-42)</source>
        <translation>Заключение: необходимо мотивированное заключение (I-42)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conclusion is longer than %1 characters</source>
        <translation>Заключение: длиннее %1 символов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved by</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved by: the conclusion is approved by a head or a deputy (I-42)</source>
        <translation>Утверждено: заключение утверждает руководитель или его заместитель (I-42)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the conclusion could not be recorded</source>
        <translation>не удалось зарегистрировать заключение</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>attach duplicates</source>
        <translation>приобщать дубликаты</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Main appeal</source>
        <translation>Основное обращение</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Main appeal: there is no such earlier appeal in this prosecutor&apos;s office</source>
        <translation>Основное обращение: такого предыдущего обращения в этой прокуратуре нет</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main appeal: %1 is itself a duplicate of %2; attach to that one (I-35)</source>
        <translation>Основное обращение: %1 само является дубликатом обращения %2; приобщите к нему (I-35)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+5"/>
        <source>Earlier answer</source>
        <translation>Предыдущий ответ</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Earlier answer: the main appeal %1 was answered on %2; give that answer&apos;s date and outgoing number for the reply (I-35)</source>
        <translation>Предыдущий ответ: на основное обращение %1 дан ответ %2; укажите дату и исходящий номер этого ответа для сообщения заявителю (I-35)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Earlier answer: the main appeal %1 was answered on %2</source>
        <translation>Предыдущий ответ: на основное обращение %1 дан ответ %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the duplicate could not be attached</source>
        <translation>не удалось приобщить дубликат</translation>
    </message>
</context>
<context>
    <name>AppealView</name>
    <message>
        <location filename="../ui/appeal/AppealView.cpp" line="+38"/>
        <source>Screened</source>
        <translation>Предварительно рассмотрено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarded by competence</source>
        <translation>Направлено по компетенции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deficiency notice</source>
        <translation>Уведомление об устранении недостатков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous: redirected</source>
        <translation>Анонимное: перенаправлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left without consideration</source>
        <translation>Оставлено без рассмотрения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate attached</source>
        <translation>Приобщён дубликат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part split off</source>
        <translation>Выделена часть обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>Поручено исполнителю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <translation>Передано другому исполнителю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term extended</source>
        <translation>Срок продлён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional control</source>
        <translation>Дополнительный контроль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection started</source>
        <translation>Начата проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection ended</source>
        <translation>Проверка окончена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing notice</source>
        <translation>Уведомление о заслушивании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interim answer sent</source>
        <translation>Направлен промежуточный ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final answer sent</source>
        <translation>Направлен окончательный ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correspondence terminated</source>
        <translation>Переписка прекращена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken on control</source>
        <translation>Поставлено на контроль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed from control</source>
        <translation>Снято с контроля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice sent</source>
        <translation>Направлено уведомление</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>registered</source>
        <translation>зарегистрировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in consideration</source>
        <translation>на рассмотрении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deficiency notified (I-25)</source>
        <translation>направлено уведомление об устранении недостатков (I-25)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returned (I-25)</source>
        <translation>возвращено (I-25)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forwarded by competence (I-31)</source>
        <translation>направлено по компетенции (I-31)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redirected (I-42)</source>
        <translation>перенаправлено (I-42)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left without consideration</source>
        <translation>оставлено без рассмотрения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attached to its main appeal (I-35)</source>
        <translation>приобщено к основному обращению (I-35)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decided</source>
        <translation>разрешено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correspondence terminated (I-58)</source>
        <translation>переписка прекращена (I-58)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
</context>
<context>
    <name>Bin</name>
    <message>
        <location filename="../core/identity/Iin.cpp" line="+145"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BIN must have 12 digits, not %1</source>
        <translation>БИН должен содержать 12 цифр, а не %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BIN must contain only digits: %1</source>
        <translation>БИН должен содержать только цифры: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; at position %2 is not a digit</source>
        <translation>&quot;%1&quot; в позиции %2 не является цифрой</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>registration month %1 does not exist (digits 3–4 must be 01 to 12)</source>
        <translation>месяца регистрации %1 не существует (3–4-я цифры должны быть от 01 до 12)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>resident legal entity</source>
        <translation>юридическое лицо — резидент</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>non-resident legal entity</source>
        <translation>юридическое лицо — нерезидент</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>individual entrepreneur in joint form</source>
        <translation>индивидуальный предприниматель в виде совместного предпринимательства</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the 5th digit (entity type) must be 4, 5 or 6, not %1</source>
        <translation>5-я цифра (тип лица) должна быть 4, 5 или 6, а не %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>head office</source>
        <translation>головное подразделение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>branch</source>
        <translation>филиал</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>representative office</source>
        <translation>представительство</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>peasant (farm) enterprise</source>
        <translation>крестьянское (фермерское) хозяйство</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the 6th digit (attribute) must be 0 to 3, not %1</source>
        <translation>6-я цифра (признак) должна быть от 0 до 3, а не %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this number is never issued: its check digit cannot be computed (10 with both weight sets)</source>
        <translation>такой номер не выдаётся: его контрольную цифру невозможно вычислить (10 при обоих наборах весов)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check digit should be %1</source>
        <translation>контрольная цифра должна быть %1</translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <location filename="../core/calendar/CalendarService.cpp" line="+128"/>
        <location line="+35"/>
        <location line="+17"/>
        <location line="+12"/>
        <source>calendar</source>
        <translation>календарь</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+27"/>
        <location line="+36"/>
        <location line="+18"/>
        <source>change the calendar</source>
        <translation>изменять календарь</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+38"/>
        <location filename="../ui/admin/CalendarEntryDialog.cpp" line="+94"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>the date is not valid</source>
        <translation>дата указана неверно</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <location filename="../ui/admin/CalendarEntryDialog.cpp" line="+2"/>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 is a weekday; only a Saturday or Sunday can be made a working day</source>
        <translation>%1 — будний день; рабочим днём можно объявить только субботу или воскресенье</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already a weekend day</source>
        <translation>%1 уже является выходным днём (субботой или воскресеньем)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/admin/CalendarEntryDialog.cpp" line="+2"/>
        <source>name</source>
        <translation>наименование</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>give the name of the holiday or the decree in Kazakh or Russian</source>
        <translation>укажите наименование праздника или постановления на казахском или русском языке</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>there is no such entry on %1</source>
        <translation>на %1 такой записи нет</translation>
    </message>
</context>
<context>
    <name>CardField</name>
    <message>
        <location filename="../core/reception/CardField.cpp" line="+16"/>
        <source>Registering office</source>
        <translation>Наименование субъекта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card registration number</source>
        <translation>Регистрационный номер карточки приёма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue number</source>
        <translation>Номер очереди</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date put in the queue</source>
        <translation>Дата постановки на очередь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the schedule</source>
        <translation>Вне графика</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online reception (videoconference)</source>
        <translation>Вид приёма: онлайн</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Representative of a legal entity</source>
        <translation>Категория лица: юридическое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident</source>
        <translation>Статус: резидент</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occupation (workplace)</source>
        <translation>Род занятий (место работы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity</source>
        <translation>Национальность</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age group</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social status</source>
        <translation>Социальный статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered address</source>
        <translation>Адрес регистрации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual address</source>
        <translation>Адрес фактического проживания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home or work phone</source>
        <translation>Домашний/рабочий телефон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobile phone</source>
        <translation>Мобильный телефон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nature of the question</source>
        <translation>Характер вопроса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presiding official</source>
        <translation>Должностное лицо, председательствующий приём</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision on the reception</source>
        <translation>Решение по личному приёму</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of reception</source>
        <translation>Дата приёма</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time of reception</source>
        <translation>Время приёма</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place of reception: city (KATO)</source>
        <translation>Место приёма/город (КАТО)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place of reception: addressee</source>
        <translation>Место приёма/адресат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment for the applicant</source>
        <translation>Комментарий для заявителя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official who held the reception</source>
        <translation>Должностное лицо, который провёл приём</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secretary of the session</source>
        <translation>Секретарь заседания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Present at the reception</source>
        <translation>На приёме присутствовал</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the protocol</source>
        <translation>Язык формирования протокола</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reception not held: the reason</source>
        <translation>Приём не проведён</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patronymic (if any)</source>
        <translation>Отчество (при наличии)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has no IIN</source>
        <translation>ИИН отсутствует</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered address: KATO</source>
        <translation>Адрес регистрации (КАТО)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual address: KATO</source>
        <translation>Адрес проживания (КАТО)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presiding official (user)</source>
        <translation>Председательствующий (пользователь)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official who held the reception (user)</source>
        <translation>Провёл приём (пользователь)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the reception (R-45)</source>
        <translation>Язык приёма (R-45)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity document shown (R-10)</source>
        <translation>Документ, удостоверяющий личность (R-10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Representative (R-10)</source>
        <translation>Представитель (R-10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Representative&apos;s authority (R-10)</source>
        <translation>Документ о полномочиях представителя (R-10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter (R-7)</source>
        <translation>Переводчик (R-7)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent to a videoconference (R-11)</source>
        <translation>Согласие на приём по ВКС (R-11)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Told of audio/video recording (R-13)</source>
        <translation>Уведомлён об аудио-, видеозаписи (R-13)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content of the oral appeal (R-47)</source>
        <translation>Содержание устного обращения (R-47)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Oral answer given with consent (R-47)</source>
        <translation>Дан устный ответ с согласия заявителя (R-47)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oral answer and explanations (R-47)</source>
        <translation>Устный ответ, разъяснения (R-47)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requirements of APPK art. 63 explained (R-48)</source>
        <translation>Разъяснены требования ст. 63 АППК (R-48)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff invited (R-49)</source>
        <translation>Приглашённые работники (R-49)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written appeal accepted (R-51)</source>
        <translation>Принято письменное обращение (R-51)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facility type</source>
        <translation>Тип учреждения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility name</source>
        <translation>Наименование учреждения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measures taken</source>
        <translation>Принятые меры</translation>
    </message>
</context>
<context>
    <name>CardGenerator</name>
    <message>
        <location filename="../core/reception/CardGenerator.cpp" line="+307"/>
        <source>generate test cards</source>
        <translation>создавать тестовые карточки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>directories</source>
        <translation>справочники</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>topics, social statuses and KATO must be in the database before cards can be generated; initialise it first</source>
        <translation>для создания карточек в базе данных должны быть характеры вопросов, социальные статусы и КАТО; сначала выполните её инициализацию</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>card</source>
        <translation>карточка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the generated cards could not be saved</source>
        <translation>не удалось сохранить созданные карточки</translation>
    </message>
</context>
<context>
    <name>CardJournal</name>
    <message>
        <location filename="../core/reception/CardJournal.cpp" line="+269"/>
        <source>the journal cannot seek in the order of this column</source>
        <translation>журнал не может выполнить позиционирование при сортировке по этому столбцу</translation>
    </message>
</context>
<context>
    <name>CardPrint</name>
    <message>
        <location filename="../ui/reception/CardPrint.cpp" line="+25"/>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print preview: %1</source>
        <translation>Предварительный просмотр: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The document was not printed: %1</source>
        <translation>Документ не напечатан: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Protocol of the oral appeal %1</source>
        <translation>Протокол устного обращения %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card %1</source>
        <translation>Карточка %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <source>Export to PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PDF was not written: %1</source>
        <translation>Не удалось записать файл PDF: %1</translation>
    </message>
</context>
<context>
    <name>CardService</name>
    <message>
        <location filename="../core/reception/CardService.cpp" line="+115"/>
        <source>is required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an IIN is given: clear &quot;has no IIN&quot; or the IIN</source>
        <translation>указан ИИН: снимите отметку «ИИН отсутствует» или удалите ИИН</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required for a resident</source>
        <translation>обязателен для резидента</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the IIN or state that the person has none</source>
        <translation>укажите ИИН или отметьте, что ИИН у лица отсутствует</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be male or female</source>
        <translation>должен быть указан как мужской или женский</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is required when the facility type is given</source>
        <translation>обязательное поле, если указан тип учреждения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required when the facility name is given</source>
        <translation>обязательное поле, если указано наименование учреждения</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not in the directory</source>
        <translation>значения %1 нет в справочнике</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a phone number (10 digits, e.g. 8 701 234 56 78)</source>
        <translation>%1 не является номером телефона (10 цифр, например 8 701 234 56 78)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has %1 characters; at most %2 fit</source>
        <translation>количество символов — %1, допускается не более %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a time (HH:MM)</source>
        <translation>%1 не является временем (ЧЧ:ММ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is in the future</source>
        <translation>%1 — дата ещё не наступила</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>is after the date of reception</source>
        <translation>позже даты приёма</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 does not hold the needed role</source>
        <translation>у пользователя %1 нет требуемой роли</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no such active user</source>
        <translation>активный пользователь не найден</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>record receptions</source>
        <translation>регистрировать приём граждан</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>card</source>
        <translation>карточка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the card could not be saved</source>
        <translation>не удалось сохранить карточку</translation>
    </message>
</context>
<context>
    <name>CentralServer</name>
    <message>
        <location filename="../core/sync/CentralServer.cpp" line="+34"/>
        <location line="+31"/>
        <location line="+38"/>
        <location line="+19"/>
        <source>database</source>
        <translation>база данных</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>devices are registered on the central PostgreSQL database</source>
        <translation>устройства регистрируются в центральной базе данных PostgreSQL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>register devices</source>
        <translation>регистрировать устройства</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+25"/>
        <location line="+25"/>
        <location line="+20"/>
        <location filename="../ui/admin/DeviceRegistrationDialog.cpp" line="+136"/>
        <location line="+62"/>
        <source>device</source>
        <translation>устройство</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>%1 is not a device id (a UUID)</source>
        <translation>%1 не является идентификатором устройства (UUID)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/admin/DeviceRegistrationDialog.cpp" line="-59"/>
        <location line="+60"/>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is not in the directory of organisations</source>
        <translation>организации %1 нет в справочнике организаций</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>password</source>
        <translation>пароль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a device&apos;s password needs at least 12 characters</source>
        <translation>пароль устройства должен содержать не менее 12 символов</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>device %1 already numbers with %2: give this laptop a new device id</source>
        <translation>устройство %1 уже использует префикс номеров %2: присвойте этому ноутбуку новый идентификатор устройства</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>database role</source>
        <translation>роль базы данных</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is not a registered device</source>
        <translation>%1 не является зарегистрированным устройством</translation>
    </message>
</context>
<context>
    <name>ConflictService</name>
    <message>
        <location filename="../core/sync/ConflictService.cpp" line="+49"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>resolve sync conflicts</source>
        <translation>разрешать конфликты синхронизации</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+14"/>
        <source>conflict</source>
        <translation>конфликт</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the conflict %1 does not exist</source>
        <translation>конфликт %1 не найден</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the conflict was resolved already</source>
        <translation>конфликт уже разрешён</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a synced table</source>
        <translation>%1 не является синхронизируемой таблицей</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <location filename="../core/storage/ConnectionSettings.cpp" line="+23"/>
        <source>database</source>
        <translation>база данных</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no database given</source>
        <translation>база данных не указана</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a valid postgresql://user@host:port/database address</source>
        <translation>%1 не является допустимым адресом вида postgresql://user@host:port/database</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the PostgreSQL address names no database</source>
        <translation>в адресе PostgreSQL не указана база данных</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sslmode</source>
        <translation>sslmode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is not one of %2</source>
        <translation>%1 не входит в число допустимых значений %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 names no SQLite file</source>
        <translation>в %1 не указан файл SQLite</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../core/common/Csv.cpp" line="+148"/>
        <source>Unexpected text after a closing quote; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>Непредвиденный текст после закрывающей кавычки; кавычка внутри поля в кавычках должна быть удвоена (&quot;&quot;).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The quoted field that starts on this line is not closed before the end of the file.</source>
        <translation>Поле в кавычках, начинающееся в этой строке, не закрыто до конца файла.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>A quote or a line break cannot be the CSV delimiter.</source>
        <translation>Кавычка или перевод строки не может быть разделителем CSV.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file is not UTF-8 text; save it as CSV UTF-8 and try again (the first byte that is not UTF-8 is on this line).</source>
        <translation>Файл не является текстом в кодировке UTF-8; сохраните его как CSV UTF-8 и повторите попытку (первый байт, не соответствующий UTF-8, находится в этой строке).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+41"/>
        <source>The file is empty; a header line is expected.</source>
        <translation>Файл пуст; ожидается строка заголовка.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The column appears more than once in the header.</source>
        <translation>Столбец встречается в заголовке более одного раза.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The record has %1 fields but the header has %2 (delimiter &quot;%3&quot;).</source>
        <translation>Число полей в записи — %1, а в заголовке — %2 (разделитель &quot;%3&quot;).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot open the file %1: %2.</source>
        <translation>Не удаётся открыть файл %1: %2.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+45"/>
        <source>database</source>
        <translation>база данных</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite)</source>
        <translation>драйвер SQLite для Qt не установлен (пакет Debian libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the Qt PostgreSQL driver is not installed (Debian package libqt6sql6-psql)</source>
        <translation>драйвер PostgreSQL для Qt не установлен (пакет Debian libqt6sql6-psql)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot open %1: %2</source>
        <translation>не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot configure %1: %2</source>
        <translation>не удаётся настроить %1: %2</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>a write transaction is already open on this connection</source>
        <translation>на этом соединении уже открыта транзакция записи</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>the device id %1 is not a UUID</source>
        <translation>идентификатор устройства %1 не является UUID</translation>
    </message>
</context>
<context>
    <name>DeadlineCalculator</name>
    <message>
        <location filename="../core/deadline/DeadlineCalculator.cpp" line="+59"/>
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The term is empty; write it as 15wd, 10cd, 1m or 24h (with a minus sign for a term before the date).</source>
        <translation>Срок не указан; укажите его в виде 15wd, 10cd, 1m или 24h (со знаком минус для срока до даты).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a term; write it as 15wd, 10cd, 1m or 24h (with a minus sign for a term before the date).</source>
        <translation>&quot;%1&quot; не является сроком; укажите его в виде 15wd, 10cd, 1m или 24h (со знаком минус для срока до даты).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; has no unit; add wd (working days), cd (calendar days), m (months) or h (hours).</source>
        <translation>В &quot;%1&quot; не указана единица; добавьте wd (рабочие дни), cd (календарные дни), m (месяцы) или h (часы).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a unit of a term; use wd (working days), cd (calendar days), m (months) or h (hours).</source>
        <translation>&quot;%1&quot; не является единицей срока; используйте wd (рабочие дни), cd (календарные дни), m (месяцы) или h (часы).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is too long for a term (at most %2).</source>
        <translation>%1 — слишком большое значение срока (не более %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A term of zero is not a term.</source>
        <translation>Нулевой срок не является сроком.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Weekday days off skipped: %1.</source>
        <translation>Пропущены выходные дни, приходящиеся на будни: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working weekend days counted: %1.</source>
        <translation>Учтены рабочие субботы и воскресенья: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no date to count from.</source>
        <translation>Нет даты, от которой ведётся отсчёт.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Received on %1, a day off: registered and counted from the next working day, %2 (I-24).</source>
        <translation>Поступило %1, в выходной день: регистрируется и исчисляется со следующего рабочего дня, %2 (I-24).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a day off: the term ends on the next working day, %2 (I-68).</source>
        <translation>%1 — выходной день: срок истекает в следующий рабочий день, %2 (I-68).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a day off: moved back to the previous working day, %2 (a design choice, rules-000 §3.1).</source>
        <translation>%1 — выходной день: перенесено на предыдущий рабочий день, %2 (проектное решение, rules-000 §3.1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 working day counting %1 itself ends on %2.</source>
        <translation>1 рабочий день, включая день %1, истекает %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n working days counting %1 itself end on %2.</source>
        <translation>
            <numerusform>%n рабочий день, включая день %1, истекает %2.</numerusform>
            <numerusform>%n рабочих дня, включая день %1, истекают %2.</numerusform>
            <numerusform>%n рабочих дней, включая день %1, истекают %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 working day after %1 ends on %2.</source>
        <translation>1 рабочий день после %1 истекает %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n working days after %1 end on %2.</source>
        <translation>
            <numerusform>%n рабочий день после %1 истекает %2.</numerusform>
            <numerusform>%n рабочих дня после %1 истекают %2.</numerusform>
            <numerusform>%n рабочих дней после %1 истекают %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 working day before %1: %2.</source>
        <translation>1 рабочий день до %1: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n working days before %1: %2.</source>
        <translation>
            <numerusform>%n рабочий день до %1: %2.</numerusform>
            <numerusform>%n рабочих дня до %1: %2.</numerusform>
            <numerusform>%n рабочих дней до %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 calendar day counting %1 itself ends on %2.</source>
        <translation>1 календарный день, включая день %1, истекает %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n calendar days counting %1 itself end on %2.</source>
        <translation>
            <numerusform>%n календарный день, включая день %1, истекает %2.</numerusform>
            <numerusform>%n календарных дня, включая день %1, истекают %2.</numerusform>
            <numerusform>%n календарных дней, включая день %1, истекают %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 calendar day after %1: %2.</source>
        <translation>1 календарный день после %1: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n calendar days after %1: %2.</source>
        <translation>
            <numerusform>%n календарный день после %1: %2.</numerusform>
            <numerusform>%n календарных дня после %1: %2.</numerusform>
            <numerusform>%n календарных дней после %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 calendar day before %1: %2.</source>
        <translation>1 календарный день до %1: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n calendar days before %1: %2.</source>
        <translation>
            <numerusform>%n календарный день до %1: %2.</numerusform>
            <numerusform>%n календарных дня до %1: %2.</numerusform>
            <numerusform>%n календарных дней до %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 month after %1: %2.</source>
        <translation>1 месяц после %1: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n months after %1: %2.</source>
        <translation>
            <numerusform>%n месяц после %1: %2.</numerusform>
            <numerusform>%n месяца после %1: %2.</numerusform>
            <numerusform>%n месяцев после %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 month before %1: %2.</source>
        <translation>1 месяц до %1: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n months before %1: %2.</source>
        <translation>
            <numerusform>%n месяц до %1: %2.</numerusform>
            <numerusform>%n месяца до %1: %2.</numerusform>
            <numerusform>%n месяцев до %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That month has no day %1, so its last day is taken.</source>
        <translation>В этом месяце нет %1-го числа, поэтому берётся его последний день.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 hour after %1: %2.</source>
        <translation>1 час после %1: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n hours after %1: %2.</source>
        <translation>
            <numerusform>%n час после %1: %2.</numerusform>
            <numerusform>%n часа после %1: %2.</numerusform>
            <numerusform>%n часов после %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour before %1: %2.</source>
        <translation>1 час до %1: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hours before %1: %2.</source>
        <translation>
            <numerusform>%n час до %1: %2.</numerusform>
            <numerusform>%n часа до %1: %2.</numerusform>
            <numerusform>%n часов до %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At once, from %1.</source>
        <translation>Незамедлительно, с %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the same day: %1.</source>
        <translation>В тот же день: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a working day: on the same day.</source>
        <translation>%1 — рабочий день: в тот же день.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a day off: on the nearest following working day, %2 (I-24).</source>
        <translation>%1 — выходной день: в ближайший следующий рабочий день, %2 (I-24).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Registration stays open through %1 (cut-off day included).</source>
        <translation>Запись ведётся по %1 включительно (крайний день включается).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registration closes when %1 begins (cut-off day excluded): the last day of intake is %2.</source>
        <translation>Запись прекращается с началом дня %1 (крайний день не включается): последний день записи — %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No working day was found within ten years: the calendar data needs checking.</source>
        <translation>В пределах десяти лет не найдено ни одного рабочего дня: необходимо проверить данные календаря.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this rule sets hours of a day, not a term: there is no date to compute.</source>
        <translation>это правило устанавливает время в течение дня, а не срок: дата не вычисляется.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this rule sets how often something must happen, not a term: there is no date to compute.</source>
        <translation>это правило устанавливает периодичность, а не срок: дата не вычисляется.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this term is set by an official or taken from another record; enter it as a term (such as 10cd) and compute that.</source>
        <translation>этот срок устанавливается должностным лицом или берётся из другой записи; введите его как срок (например, 10cd) и вычислите.</translation>
    </message>
</context>
<context>
    <name>DeadlineRuleSet</name>
    <message>
        <location filename="../core/deadline/DeadlineRule.cpp" line="+104"/>
        <source>The column &quot;%1&quot; is missing from the header.</source>
        <translation>В заголовке отсутствует столбец &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a rule id such as D15 or D9a.</source>
        <translation>&quot;%1&quot; не является идентификатором правила вида D15 или D9a.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The id %1 is already used.</source>
        <translation>Идентификатор %1 уже используется.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a unit; use wd, cd, months, hours, same_day, immediate, next_wd, time_window, frequency or configurable.</source>
        <translation>&quot;%1&quot; не является единицей; используйте wd, cd, months, hours, same_day, immediate, next_wd, time_window, frequency или configurable.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a whole number of 0 or more.</source>
        <translation>&quot;%1&quot; не является целым числом не меньше 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A term in %1 needs an amount above 0.</source>
        <translation>Для срока в единицах %1 требуется величина больше 0.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a direction; use after or before.</source>
        <translation>&quot;%1&quot; не является направлением; используйте after или before.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a roll; use none, forward or backward.</source>
        <translation>&quot;%1&quot; не является способом переноса; используйте none, forward или backward.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a base; use receipt or event.</source>
        <translation>&quot;%1&quot; не является основанием отсчёта; используйте receipt или event.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation>&quot;%1&quot; не является значением yes или no.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The column %1 must not be empty.</source>
        <translation>Столбец %1 не должен быть пустым.</translation>
    </message>
</context>
<context>
    <name>DemoAppeals</name>
    <message>
        <location filename="../core/setup/DemoAppeals.cpp" line="+88"/>
        <location line="+86"/>
        <location line="+23"/>
        <source>Appeals</source>
        <translation>Обращения</translation>
    </message>
</context>
<context>
    <name>DeviceService</name>
    <message>
        <location filename="../core/setup/DeviceService.cpp" line="+17"/>
        <source>change the identity of the workstation</source>
        <translation>изменять идентификацию рабочего места</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>device id</source>
        <translation>идентификатор устройства</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>&quot;%1&quot; is not a UUID; it looks like 0190a6c2-5f1e-7b3a-9c4d-2e8f6a1b3c5d</source>
        <translation>&quot;%1&quot; не является UUID; он выглядит так: 0190a6c2-5f1e-7b3a-9c4d-2e8f6a1b3c5d</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <location filename="../ui/admin/WorkstationTab.cpp" line="+84"/>
        <location line="+7"/>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>choose the organisation this workstation belongs to</source>
        <translation>выберите организацию, к которой относится это рабочее место</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no organisation %1</source>
        <translation>организация %1 не найдена</translation>
    </message>
</context>
<context>
    <name>DirectoryService</name>
    <message>
        <location filename="../core/directory/DirectoryService.cpp" line="+69"/>
        <source>the file has no column &quot;%1&quot;; %2</source>
        <translation>в файле нет столбца &quot;%1&quot;; %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+16"/>
        <location line="+15"/>
        <location line="+3"/>
        <location line="+30"/>
        <location line="+4"/>
        <location filename="../ui/directory/DirectoryEntryDialog.cpp" line="+204"/>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>the code is empty</source>
        <translation>код не указан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the code &quot;%1&quot; has spaces around it</source>
        <translation>код &quot;%1&quot; содержит пробелы в начале или в конце</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the code is longer than 64 characters</source>
        <translation>код длиннее 64 символов</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/directory/DirectoryEntryDialog.cpp" line="+2"/>
        <source>name (Russian)</source>
        <translation>наименование (на русском)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the Russian name is empty</source>
        <translation>не указано наименование на русском языке</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/directory/DirectoryEntryDialog.cpp" line="+2"/>
        <source>name (Kazakh)</source>
        <translation>наименование (на казахском)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the Kazakh name is empty</source>
        <translation>не указано наименование на казахском языке</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/directory/DirectoryEntryDialog.cpp" line="+2"/>
        <source>valid to</source>
        <translation>действует по</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the end of validity %1 is before its start %2</source>
        <translation>дата окончания действия %1 раньше даты начала %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <location line="+12"/>
        <location filename="../ui/directory/DirectoryEntryDialog.cpp" line="+2"/>
        <source>parent</source>
        <translation>вышестоящая запись</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>an entry cannot be its own parent</source>
        <translation>запись не может быть вышестоящей для самой себя</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+37"/>
        <source>change directories</source>
        <translation>изменять справочники</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+199"/>
        <source>there is no entry %1 to be the parent</source>
        <translation>вышестоящая запись %1 не найдена</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>the code %1 is already used in this directory</source>
        <translation>код %1 уже используется в этом справочнике</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the code of an entry cannot be changed; add a new entry and close this one</source>
        <translation>код записи изменить нельзя; добавьте новую запись и закройте эту</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+189"/>
        <source>%1 cannot be under %2: %2 is already under %1</source>
        <translation>%1 не может быть подчинена %2: %2 уже подчинена %1</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+20"/>
        <location line="+36"/>
        <location line="+153"/>
        <location line="+12"/>
        <location line="+42"/>
        <source>directory</source>
        <translation>справочник</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>there is no entry %1</source>
        <translation>запись %1 не найдена</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has entries under it; remove or move them first</source>
        <translation>у записи %1 есть подчинённые записи; сначала удалите или перенесите их</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+54"/>
        <location line="+129"/>
        <source>import directories</source>
        <translation>импортировать справочники</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>there is no directory %1</source>
        <translation>справочник %1 не найден</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected columns: %1</source>
        <translation>ожидаемые столбцы: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; не является датой (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; не является целым числом</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>expected the statistics bureau&apos;s columns te, ab, cd, ef, hij, k, name_kaz, name_rus, nn</source>
        <translation>ожидаются столбцы Бюро национальной статистики te, ab, cd, ef, hij, k, name_kaz, name_rus, nn</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the code %1 appears twice (first on line %2)</source>
        <translation>код %1 встречается дважды (впервые в строке %2)</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+12"/>
        <source>nothing was imported: %1</source>
        <translation>ничего не импортировано: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the program has no seed file for the directory %1</source>
        <translation>в программе нет файла начальных данных для справочника %1</translation>
    </message>
</context>
<context>
    <name>DutyPost</name>
    <message>
        <location filename="../core/reception/DutyPost.cpp" line="+50"/>
        <source>set the duty post of this workstation</source>
        <translation>указывать место дежурства на этом рабочем месте</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is required when the facility type is given</source>
        <translation>обязательное поле, если указан тип учреждения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required when the facility name is given</source>
        <translation>обязательное поле, если указано наименование учреждения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not in the directory</source>
        <translation>значения %1 нет в справочнике</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has %1 characters; at most %2 fit</source>
        <translation>количество символов — %1, допускается не более %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>duty post</source>
        <translation>место дежурства</translation>
    </message>
</context>
<context>
    <name>EmergencyRegime</name>
    <message>
        <location filename="../core/reception/EmergencyRegime.cpp" line="+26"/>
        <source>Reason (state of emergency or quarantine, and its act)</source>
        <translation>Основание (чрезвычайное положение или карантин и акт о нём)</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+21"/>
        <location line="+7"/>
        <source>switch reception to videoconference only</source>
        <translation>переводить прием только на ВКС</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>is required: name the state of emergency or quarantine and the act that declared it (R-11)</source>
        <translation>обязательно: укажите чрезвычайное положение или карантин и акт, которым он введён (R-11)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has %1 characters; at most %2 fit</source>
        <translation>содержит %1 символов; допускается не более %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>must be checked: reception is by videoconference only during the state of emergency or quarantine (R-11)</source>
        <translation>должно быть отмечено: в период чрезвычайного положения или карантина прием только по ВКС (R-11)</translation>
    </message>
</context>
<context>
    <name>Iin</name>
    <message>
        <location filename="../core/identity/Iin.cpp" line="-130"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN must have 12 digits, not %1</source>
        <translation>ИИН должен содержать 12 цифр, а не %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IIN must contain only digits: %1</source>
        <translation>ИИН должен содержать только цифры: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; at position %2 is not a digit</source>
        <translation>&quot;%1&quot; в позиции %2 не является цифрой</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the 7th digit (century and sex) must be 1 to 6, not %1</source>
        <translation>7-я цифра (век рождения и пол) должна быть от 1 до 6, а не %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>birth date %1.%2.%3 does not exist</source>
        <translation>даты рождения %1.%2.%3 не существует</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>birth date %1.%2 does not exist</source>
        <translation>даты рождения %1.%2 не существует</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this number is never issued: its check digit cannot be computed (10 with both weight sets)</source>
        <translation>такой номер не выдаётся: его контрольную цифру невозможно вычислить (10 при обоих наборах весов)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check digit should be %1</source>
        <translation>контрольная цифра должна быть %1</translation>
    </message>
</context>
<context>
    <name>KatoCode</name>
    <message>
        <location filename="../core/identity/KatoCode.cpp" line="+87"/>
        <source>KATO</source>
        <translation>КАТО</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KATO code must have 9 digits, not %1</source>
        <translation>код КАТО должен содержать 9 цифр, а не %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; at position %2 is not a digit</source>
        <translation>&quot;%1&quot; в позиции %2 не является цифрой</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KATO code must contain only digits: %1</source>
        <translation>код КАТО должен содержать только цифры: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a region code (digits 1–2)</source>
        <translation>%1 не является кодом области (1–2-я цифры)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the district (digits 3–4) is 00, so the rural district (digits 5–6) must be 00, not %1</source>
        <translation>код района (3–4-я цифры) равен 00, поэтому код сельского округа (5–6-я цифры) должен быть 00, а не %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the district (digits 3–4) is 00, so the settlement (digits 7–9) must be 000, not %1</source>
        <translation>код района (3–4-я цифры) равен 00, поэтому код населённого пункта (7–9-я цифры) должен быть 000, а не %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the rural district (digits 5–6) is 00, so the settlement (digits 7–9) must be 000, not %1</source>
        <translation>код сельского округа (5–6-я цифры) равен 00, поэтому код населённого пункта (7–9-я цифры) должен быть 000, а не %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+49"/>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reception (ЛП-1)</source>
        <translation>Приём (ЛП-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeals</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-registration</source>
        <translation>Предварительная запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-registration to heads with the cut-offs of R-18 and R-36 and the refusal grounds of R-19, R-25 and R-33.</source>
        <translation>Предварительная запись на приём к руководителям с ограничениями сроков записи по R-18 и R-36 и основаниями отказа по R-19, R-25 и R-33.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedules</source>
        <translation>Графики приёма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reception schedules approved by heads and printed in Kazakh and Russian (R-4, R-5), duty prosecutors&apos; schedules in detention facilities (R-6).</source>
        <translation>Графики приёма, утверждённые руководителями и печатаемые на казахском и русском языках (R-4, R-5), графики дежурных прокуроров в местах содержания под стражей (R-6).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report 1-ОЛ section 5 (RR-32), journals and statistics of reception.</source>
        <translation>Отчёт 1-ОЛ, раздел 5 (RR-32), журналы и статистика приёма.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation>Справочники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="+81"/>
        <source>database schema</source>
        <translation>схема базы данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the program has no migrations in %1</source>
        <translation>в программе нет миграций в %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the database has schema version %1, newer than this program knows (%2); install the newer version of the program</source>
        <translation>версия схемы базы данных — %1, она новее известной этой программе (%2); установите более новую версию программы</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot read migration %1</source>
        <translation>не удаётся прочитать миграцию %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>migration %1 (%2) failed: %3
%4</source>
        <translation>ошибка миграции %1 (%2): %3
%4</translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <location filename="../ui/queue/OperatorPanel.cpp" line="+43"/>
        <source>Call next</source>
        <translation>Вызвать следующего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick selected</source>
        <translation>Вызвать выбранного</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall</source>
        <translation>Вызвать повторно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Неявка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postpone…</source>
        <translation>Отложить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirect…</source>
        <translation>Перенаправить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start reception</source>
        <translation>Начать приём</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue a ticket…</source>
        <translation>Выдать талон…</translation>
    </message>
</context>
<context>
    <name>PdfWriter</name>
    <message>
        <location filename="../ui/print/PdfWriter.cpp" line="+50"/>
        <location line="+19"/>
        <source>the page could not be painted</source>
        <translation>не удалось отрисовать страницу</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>printing needs a QGuiApplication</source>
        <translation>для печати требуется QGuiApplication</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+15"/>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>PreRegistration</name>
    <message>
        <location filename="../core/prereg/PreRegistration.cpp" line="+49"/>
        <source>Signed up</source>
        <translation>Записан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting agreement with the subdivision</source>
        <translation>Ожидает согласования с подразделением</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned without consideration</source>
        <translation>Возвращено без рассмотрения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attended</source>
        <translation>Явился</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did not come</source>
        <translation>Не явился</translation>
    </message>
</context>
<context>
    <name>PreRegistrationCheckIn</name>
    <message>
        <location filename="../core/prereg/PreRegistrationCheckIn.cpp" line="+40"/>
        <location line="+4"/>
        <source>Request</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Request: there is no such request</source>
        <translation>Заявка: такой заявки нет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request %1: the person is not signed up (%2)</source>
        <translation>Заявка %1: лицо не записано (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reception date</source>
        <translation>Дата приема</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request %1: the reception is on %2; check-in is on that day</source>
        <translation>Заявка %1: прием %2; отметка о явке — в этот день</translation>
    </message>
</context>
<context>
    <name>PreRegistrationReminders</name>
    <message>
        <location filename="../core/prereg/PreRegistrationReminders.cpp" line="+15"/>
        <source>overdue since %1</source>
        <translation>просрочена с %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due %1</source>
        <translation>срок %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Справки (%1) for the reception of %2 on %3: %4, %n person(s)</source>
        <translation>
            <numerusform>Справки (%1) к приему %2 %3: %4, %n человек</numerusform>
            <numerusform>Справки (%1) к приему %2 %3: %4, %n человека</numerusform>
            <numerusform>Справки (%1) к приему %2 %3: %4, %n человек</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreRegistrationService</name>
    <message>
        <location filename="../core/prereg/PreRegistrationService.cpp" line="+113"/>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+69"/>
        <location line="+298"/>
        <source>Reception</source>
        <translation>Приём</translation>
    </message>
    <message>
        <location line="-384"/>
        <source>Reception: choose a line of the reception schedule</source>
        <translation>Приём: выберите строку графика приёма</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reception: %1 receives off-schedule by instruction (R-50); there is no pre-registration to it</source>
        <translation>Прием: %1 принимает вне графика по поручению (R-50); предварительной записи на этот прием нет</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reception: district offices receive daily without pre-registration and never refuse a reception (R-39, R-41)</source>
        <translation>Приём: районные прокуратуры ведут приём ежедневно без предварительной записи и никогда не отказывают в приёме (R-39, R-41)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reception: %1 receives without pre-registration (R-3)</source>
        <translation>Приём: %1 ведёт приём без предварительной записи (R-3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Channel</source>
        <translation>Канал поступления</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel: an egov.kz e-application, a paper appeal or a Call-centre request (R-3)</source>
        <translation>Канал поступления: электронная заявка через egov.kz, письменное обращение на бумажном носителе или заявка через Call-центр (R-3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Applicant: the name is required</source>
        <translation>Заявитель: необходимо указать ФИО</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IIN: %1 is not a valid IIN</source>
        <translation>ИИН: %1 не является допустимым ИИН</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Represented person</source>
        <translation>Представляемое лицо</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Represented person: the person in whose interests the request is filed is required</source>
        <translation>Представляемое лицо: необходимо указать лицо, в интересах которого подана заявка</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Authority</source>
        <translation>Полномочия</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Authority: a Call-centre request for another person is taken only with the information on the authority to file it (R-3)</source>
        <translation>Полномочия: заявка через Call-центр в интересах другого лица принимается только при наличии сведений о полномочиях на её подачу (R-3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreement</source>
        <translation>Согласование</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement: &quot;%1&quot; is not a case of R-21 or R-35</source>
        <translation>Согласование: &quot;%1&quot; не является случаем, предусмотренным R-21 или R-35</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Instruction</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Instruction: who instructed the reception is required (R-3, R-24, R-29)</source>
        <translation>Поручение: необходимо указать, кто поручил провести приём (R-3, R-24, R-29)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Received on</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Received on: the date is required</source>
        <translation>Дата поступления: необходимо указать дату</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on: the date is in the future</source>
        <translation>Дата поступления: дата ещё не наступила</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Essence</source>
        <translation>Суть обращения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+239"/>
        <source>%1 is longer than %2 characters</source>
        <translation>%1: длиннее %2 символов</translation>
    </message>
    <message>
        <location line="-232"/>
        <location line="+125"/>
        <location line="+59"/>
        <location line="+66"/>
        <location line="+27"/>
        <source>keep pre-registration</source>
        <translation>вести предварительную запись</translation>
    </message>
    <message>
        <location line="-274"/>
        <location line="+105"/>
        <location line="+10"/>
        <location line="+11"/>
        <location line="+4"/>
        <location line="+55"/>
        <location line="+7"/>
        <location line="+6"/>
        <location line="+53"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>Request</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Request: registered already as %1</source>
        <translation>Заявка: уже зарегистрирована под № %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reception: the schedule line of %1 is not approved yet (R-4)</source>
        <translation>Приём: строка графика, по которой ведёт приём %1, ещё не утверждена (R-4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+19"/>
        <location line="+5"/>
        <location line="+102"/>
        <location line="+5"/>
        <location line="+131"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>Reception date</source>
        <translation>Дата приёма</translation>
    </message>
    <message>
        <location line="-275"/>
        <location line="+265"/>
        <source>Reception date: %1 does not receive on %2</source>
        <translation>Дата приёма: %1 не ведёт приём %2</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>Reception date: the reception on %1 is not ahead any more</source>
        <translation>Дата приёма: день приёма %1 уже наступил</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appointment</source>
        <translation>Время приёма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Appointment: %1 is outside the reception hours %2–%3</source>
        <translation>Время приёма: %1 — вне часов приёма %2–%3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reception date: registration for %1 was closed on %2</source>
        <translation>Дата приёма: запись на приём %1 закрыта %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The essence of the question is not stated (АППК ст. 63): returned without consideration (R-3)</source>
        <translation>Не изложена суть вопроса (ст. 63 АППК): возвращено без рассмотрения (R-3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the request could not be registered</source>
        <translation>не удалось зарегистрировать заявку</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the request could not be changed</source>
        <translation>не удалось изменить заявку</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+59"/>
        <location line="+66"/>
        <source>Request: there is no such request</source>
        <translation>Заявка: такой заявки нет</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Request %1: nothing awaits agreement (%2)</source>
        <translation>Заявка %1: согласование не ожидается (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subdivision</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subdivision: the structural subdivision agreed with is required (R-21, R-35)</source>
        <translation>Подразделение: необходимо указать структурное подразделение, с которым проведено согласование (R-21, R-35)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reception date: registration for %1 is closed</source>
        <translation>Дата приёма: запись на приём %1 закрыта</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Request %1: it cannot be refused now (%2)</source>
        <translation>Заявка %1: сейчас в ней нельзя отказать (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request %1: the reception on %2 is not ahead any more</source>
        <translation>Заявка %1: день приёма %2 уже наступил</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <location line="+2"/>
        <source>Ground</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Ground: the rules list no grounds to refuse registration for %1; only the General Prosecutor (R-19), the deputies (R-25) and the heads of R-33 have them</source>
        <translation>Основание: для уровня «%1» правила не предусматривают оснований отказа в записи; они есть только у Генерального Прокурора (R-19), его заместителей (R-25) и руководителей, указанных в R-33</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ground: choose the ground of refusal (%1)</source>
        <translation>Основание: выберите основание отказа (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ground: &quot;%1&quot; is not a ground of %2 for %3</source>
        <translation>Основание: &quot;%1&quot; не является основанием по %2 для уровня «%3»</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Explanation</source>
        <translation>Разъяснение</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Explanation: the explanation given to the person is required (%1)</source>
        <translation>Разъяснение: необходимо указать разъяснение, данное лицу (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Request %1: the person is not signed up (%2)</source>
        <translation>Заявка %1: лицо не записано на приём (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request %1: the reception is on %2</source>
        <translation>Заявка %1: приём назначен на %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reception date: %1 has passed</source>
        <translation>Дата приёма: дата %1 уже прошла</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reception date: registration for %1 was closed on %2 already</source>
        <translation>Дата приёма: запись на приём %1 уже закрыта %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>registration could not be closed</source>
        <translation>не удалось закрыть запись</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Registration for %1 is closed</source>
        <translation>Запись на приём %1 закрыта</translation>
    </message>
</context>
<context>
    <name>PreRegistrationTerms</name>
    <message>
        <location filename="../core/prereg/PreRegistrationTerms.cpp" line="+38"/>
        <source>District offices receive daily without pre-registration (R-39).</source>
        <translation>Районные прокуратуры ведут приём ежедневно без предварительной записи (R-39).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This official receives without pre-registration (R-3).</source>
        <translation>Это должностное лицо ведёт приём без предварительной записи (R-3).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>District offices receive daily without pre-registration: there is nothing to sign up for (R-39)</source>
        <translation>Районные прокуратуры ведут приём ежедневно без предварительной записи: записываться не нужно (R-39)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This official receives without pre-registration (R-3)</source>
        <translation>Это должностное лицо ведёт приём без предварительной записи (R-3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a day off: registration is kept on working days only (%2)</source>
        <translation>%1 — выходной день: запись ведётся только в рабочие дни (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registration for the reception on %1 closed: the last day of intake was %2 (%3)</source>
        <translation>Запись на приём %1 закрыта: последним днём записи было %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../core/common/Problem.cpp" line="+12"/>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>QueueConfig</name>
    <message>
        <location filename="../core/queue/QueueConfig.cpp" line="+154"/>
        <source>configure the queue&apos;s services</source>
        <translation>настраивать услуги очереди</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the service code &quot;%1&quot; must be Latin lower-case letters, digits and &apos;_&apos;</source>
        <translation>код услуги &quot;%1&quot; должен состоять только из строчных латинских букв, цифр и символа &apos;_&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prefix</source>
        <translation>префикс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the ticket prefix must be one to three characters, e.g. К</source>
        <translation>префикс талона должен содержать от одного до трёх символов, например К</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name in Kazakh</source>
        <translation>наименование на казахском</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the service needs a name in Kazakh (R-45)</source>
        <translation>укажите наименование услуги на казахском языке (R-45)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name in Russian</source>
        <translation>наименование на русском</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the service needs a name in Russian (R-45)</source>
        <translation>укажите наименование услуги на русском языке (R-45)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first number</source>
        <translation>первый номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the first number cannot be negative</source>
        <translation>первый номер не может быть отрицательным</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last number</source>
        <translation>последний номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last number (%1) is below the first (%2)</source>
        <translation>последний номер (%1) меньше первого (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>average minutes</source>
        <translation>среднее время, мин</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the average length of a service must be at least one minute</source>
        <translation>средняя продолжительность обслуживания должна быть не менее одной минуты</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>service</source>
        <translation>услуга</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>configure the queue&apos;s desks</source>
        <translation>настраивать окна очереди</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>desk number</source>
        <translation>номер окна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the desk needs a number of one to eight characters</source>
        <translation>номер окна должен содержать от одного до восьми символов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>desk name</source>
        <translation>наименование окна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the desk needs a name</source>
        <translation>укажите наименование окна</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>services</source>
        <translation>услуги</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>there is no queue service %1</source>
        <translation>услуги очереди %1 не существует</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>desk</source>
        <translation>окно</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>set the queue&apos;s wait alert</source>
        <translation>настраивать оповещение о долгом ожидании в очереди</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>alert after</source>
        <translation>порог оповещения</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the wait alert must be between 1 and 1440 minutes</source>
        <translation>порог оповещения об ожидании должен быть от 1 до 1440 минут</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>queue services</source>
        <translation>услуги очереди</translation>
    </message>
</context>
<context>
    <name>QueueService</name>
    <message>
        <location filename="../core/queue/QueueService.cpp" line="+87"/>
        <location line="+8"/>
        <location line="+2"/>
        <location line="+175"/>
        <location line="+139"/>
        <location line="+62"/>
        <source>desk</source>
        <translation>окно</translation>
    </message>
    <message>
        <location line="-378"/>
        <source>choose a desk</source>
        <translation>выберите окно</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+177"/>
        <source>there is no desk %1</source>
        <translation>окна %1 не существует</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>desk %1 is closed (not active)</source>
        <translation>окно %1 закрыто (неактивно)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>queue</source>
        <translation>очередь</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>issue queue tickets</source>
        <translation>выдавать талоны очереди</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+52"/>
        <source>service</source>
        <translation>услуга</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>choose a service</source>
        <translation>выберите услугу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no queue service %1</source>
        <translation>услуги очереди %1 не существует</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the service %1 is not offered now</source>
        <translation>услуга «%1» сейчас не предоставляется</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the language of reception must be kk (Kazakh) or ru (Russian), not &quot;%1&quot; (R-45)</source>
        <translation>язык приёма должен быть kk (казахский) или ru (русский), а не &quot;%1&quot; (R-45)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>out-of-turn category</source>
        <translation>категория внеочередного приёма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an out-of-turn category of R-9 (see `queue services`)</source>
        <translation>%1 не является категорией внеочередного приёма по R-9 (см. `queue services`)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>appointment time</source>
        <translation>время записи на приём</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the appointment is on %1, not today: a ticket is for today&apos;s queue</source>
        <translation>запись на приём назначена на %1, а не на сегодня: талон выдаётся только в сегодняшнюю очередь</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>pre-registration</source>
        <translation>предварительная запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the visitor has already checked in: ticket %1</source>
        <translation>посетитель уже отметился: талон %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>today&apos;s numbers of %1 are used up (%2 to %3); the administrator can widen the range</source>
        <translation>номера услуги «%1» на сегодня исчерпаны (с %2 по %3); администратор может расширить диапазон</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+68"/>
        <source>call visitors</source>
        <translation>вызывать посетителей</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>desk %1 is still at %2 (%3): finish it, mark a no-show, postpone or redirect it first</source>
        <translation>окно %1 ещё занято талоном %2 (%3): сначала завершите его, отметьте неявку, отложите или перенаправьте</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+18"/>
        <location line="+7"/>
        <location line="+43"/>
        <location line="+14"/>
        <location line="+92"/>
        <source>ticket</source>
        <translation>талон</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>choose a waiting ticket</source>
        <translation>выберите ожидающий талон</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>there is no ticket %1</source>
        <translation>талона %1 не существует</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a ticket of %2, not of today</source>
        <translation>талон %1 выдан %2, а не сегодня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not waiting: it is %2</source>
        <translation>талон %1 не ожидает вызова: его состояние — %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>desk %1 has no called ticket to %2: call a visitor first</source>
        <translation>в окне %1 нет вызванного талона, чтобы %2: сначала вызовите посетителя</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>recall</source>
        <translation>вызвать повторно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is already in reception: there is nobody to recall</source>
        <translation>талон %1 уже на приёме: повторно вызывать некого</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>mark as not come</source>
        <translation>отметить неявку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is in reception: the visitor came, finish the ticket instead</source>
        <translation>талон %1 на приёме: посетитель явился, вместо этого завершите талон</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>postpone until</source>
        <translation>отложить до</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the ticket can be postponed to a later time of today only</source>
        <translation>талон можно отложить только на более позднее время сегодняшнего дня</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>postpone</source>
        <translation>отложить</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>redirect to</source>
        <translation>адресат перенаправления</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>choose the desk, the service or the prosecutor to redirect to</source>
        <translation>выберите окно, услугу или прокурора, к которым нужно перенаправить талон</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>redirect to desk</source>
        <translation>перенаправить в окно</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>there is no open desk %1</source>
        <translation>открытого окна %1 нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ticket is already at desk %1</source>
        <translation>талон уже находится в окне %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>redirect to service</source>
        <translation>перенаправить на услугу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>there is no offered queue service %1</source>
        <translation>предоставляемой услуги очереди %1 нет</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>redirect to prosecutor</source>
        <translation>перенаправить к прокурору</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is not an active prosecutor or head</source>
        <translation>%1 не является действующим прокурором или руководителем</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>redirect</source>
        <translation>перенаправить</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>start the reception</source>
        <translation>начать приём</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reception of %1 has already started</source>
        <translation>приём по талону %1 уже начат</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>finish</source>
        <translation>завершить</translation>
    </message>
</context>
<context>
    <name>QueueStatistics</name>
    <message>
        <location filename="../core/queue/QueueStatistics.cpp" line="+72"/>
        <source>see the queue&apos;s statistics</source>
        <translation>просматривать статистику очереди</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from</source>
        <translation>начало периода</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the first day of the period is not a date</source>
        <translation>первый день периода не является датой</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>to</source>
        <translation>конец периода</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the last day of the period is not a date</source>
        <translation>последний день периода не является датой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the period ends (%1) before it begins (%2)</source>
        <translation>период заканчивается (%1) раньше, чем начинается (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>statistics</source>
        <translation>статистика</translation>
    </message>
</context>
<context>
    <name>QueueStatsPage</name>
    <message>
        <location filename="../ui/queue/QueueStatsPage.cpp" line="+38"/>
        <source>Tickets issued</source>
        <translation>Выдано талонов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Served</source>
        <translation>Обслужено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-shows</source>
        <translation>Неявки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show rate</source>
        <translation>Доля неявок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait: mean</source>
        <translation>Ожидание: среднее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait: median</source>
        <translation>Ожидание: медиана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait: 90th percentile</source>
        <translation>Ожидание: 90-й процентиль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait: longest</source>
        <translation>Ожидание: наибольшее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service: mean</source>
        <translation>Обслуживание: среднее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service: median</source>
        <translation>Обслуживание: медиана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service: 90th percentile</source>
        <translation>Обслуживание: 90-й процентиль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service: longest</source>
        <translation>Обслуживание: наибольшее</translation>
    </message>
</context>
<context>
    <name>QueueText</name>
    <message>
        <location filename="../ui/queue/BoardWindow.cpp" line="+183"/>
        <location line="+30"/>
        <source>Waiting: %n</source>
        <translation>Ожидают: %n</translation>
    </message>
    <message>
        <location line="-9"/>
        <location filename="../ui/queue/TalonPrint.cpp" line="+65"/>
        <source>Electronic queue</source>
        <translation>Электронная очередь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>Талон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk</source>
        <translation>Окно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome to the citizen reception centre of the prosecutor&apos;s office. Please wait for your number on the board.</source>
        <translation>Добро пожаловать в центр приёма граждан прокуратуры. Пожалуйста, ожидайте появления вашего номера на табло.</translation>
    </message>
    <message>
        <location filename="../ui/queue/KioskWindow.cpp" line="+214"/>
        <source>No services are offered now.</source>
        <translation>Сейчас услуги не предоставляются.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>None of these: take a ticket</source>
        <translation>Ничего из перечисленного: получить талон</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I came from another town or district</source>
        <translation>Я из другого города или района</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>No pre-registration for today was found for this IIN. Please check it or ask the staff.</source>
        <translation>Предварительная запись на сегодня по этому ИИН не найдена. Проверьте его или обратитесь к сотрудникам.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The ticket could not be issued. Please ask the staff.</source>
        <translation>Не удалось выдать талон. Пожалуйста, обратитесь к сотруднику.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your number</source>
        <translation>Ваш номер</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/queue/TalonPrint.cpp" line="+12"/>
        <source>You will be called at</source>
        <translation>Вас вызовут в</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/queue/TalonPrint.cpp" line="+3"/>
        <source>People ahead</source>
        <translation>Перед вами</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/queue/TalonPrint.cpp" line="+1"/>
        <source>Estimated wait</source>
        <translation>Ожидаемое время ожидания</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/queue/TalonPrint.cpp" line="+1"/>
        <source>%n min</source>
        <translation>%n мин</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The talon could not be printed: please remember your number or ask the staff.</source>
        <translation>Не удалось напечатать талон: запомните, пожалуйста, свой номер или обратитесь к сотруднику.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+2"/>
        <source>Welcome! Choose the language</source>
        <translation>Добро пожаловать! Выберите язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the service</source>
        <translation>Выберите услугу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you belong to a category received out of turn?</source>
        <translation>Относитесь ли вы к категории лиц, принимаемых вне очереди?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+5"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+3"/>
        <source>OK</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Enter your IIN</source>
        <translation>Введите ИИН</translation>
    </message>
    <message>
        <location filename="../ui/queue/TalonPrint.cpp" line="-12"/>
        <source>Out of turn</source>
        <translation>Вне очереди</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out-of-town visitor</source>
        <translation>Иногородний посетитель</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Please wait for your number on the board.</source>
        <translation>Ожидайте появления вашего номера на табло.</translation>
    </message>
    <message>
        <location filename="../ui/reception/EmergencyNotice.cpp" line="+73"/>
        <source>State of emergency or quarantine: citizens are received by videoconference only. Please ask the staff.</source>
        <translation>Чрезвычайное положение или карантин: прием граждан только по видеоконференцсвязи. Обратитесь к сотрудникам.</translation>
    </message>
</context>
<context>
    <name>QueueTicket</name>
    <message>
        <location filename="../core/queue/QueueTicket.cpp" line="+53"/>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>called</source>
        <translation>вызван</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in reception</source>
        <translation>на приёме</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finished</source>
        <translation>завершён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>did not come</source>
        <translation>неявка</translation>
    </message>
</context>
<context>
    <name>ReceptionCard</name>
    <message>
        <location filename="../core/reception/ReceptionCard.cpp" line="+56"/>
        <source>there is no field %1 on the card</source>
        <translation>в карточке нет поля %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be true or false</source>
        <translation>значение должно быть true или false</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a date that exists (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; не является существующей датой (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be text</source>
        <translation>значение должно быть текстом</translation>
    </message>
</context>
<context>
    <name>ReceptionLevels</name>
    <message>
        <location filename="../core/schedule/ReceptionLevel.cpp" line="+151"/>
        <source>General Prosecutor</source>
        <translation>Генеральный Прокурор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deputy General Prosecutor</source>
        <translation>Заместитель Генерального Прокурора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head of a subdivision of the General Prosecutor&apos;s Office</source>
        <translation>Руководитель структурного подразделения Генеральной прокуратуры</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head of an agency, institution, military, transport or oblast prosecutor&apos;s office, or a deputy</source>
        <translation>Руководитель ведомства, учреждения, военной, транспортной прокуратуры или прокуратуры области либо его заместитель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District prosecutor&apos;s office</source>
        <translation>Районная прокуратура</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official receiving as needed</source>
        <translation>Должностное лицо, ведущее приём по мере необходимости</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../core/security/Role.cpp" line="+35"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reception prosecutor</source>
        <translation>Прокурор ЦПГ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duty prosecutor</source>
        <translation>Дежурный прокурор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
</context>
<context>
    <name>ScheduleCheck</name>
    <message>
        <location filename="../core/schedule/ScheduleCheck.cpp" line="+66"/>
        <source>%1: the reception %2–%3 ends before it starts</source>
        <translation>%1: приём %2–%3 заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the reception %2–%3 is outside the working hours 9:00–18:30 (R-4)</source>
        <translation>%1: приём %2–%3 выходит за пределы рабочего времени 9:00–18:30 (R-4)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 would receive twice at once on %2: %3–%4 and %5–%6</source>
        <translation>%1 вёл бы два приёма одновременно %2: %3–%4 и %5–%6</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2 is a day off in the calendar, there is no reception that day (R-4)</source>
        <translation>%1: %2 — выходной день по календарю, приём в этот день не проводится (R-4)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 has no reception in the week %2–%3: at least one a week is required (%4)</source>
        <translation>%1: на неделе %2–%3 нет приёма, а требуется не менее одного приёма в неделю (%4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no duty prosecutor&apos;s reception in the week %2–%3: at least one a week is required (%4)</source>
        <translation>%1: на неделе %2–%3 нет приёма дежурного прокурора, а требуется не менее одного приёма в неделю (%4)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has no reception in %2: at least one a month is required (R-15)</source>
        <translation>%1: в месяце %2 нет приёма, а требуется не менее одного приёма в месяц (R-15)</translation>
    </message>
</context>
<context>
    <name>ScheduleEntry</name>
    <message>
        <location filename="../core/schedule/ScheduleEntry.cpp" line="+91"/>
        <source>Regular reception</source>
        <translation>Обычный приём</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field reception</source>
        <translation>Выездной приём</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duty prosecutor in a detention facility</source>
        <translation>Дежурный прокурор в месте содержания под стражей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off-schedule reception by instruction (R-50)</source>
        <translation>Прием вне графика по поручению (R-50)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>written</source>
        <translation>письменное</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>oral</source>
        <translation>устное</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Monday</source>
        <translation>Понедельник</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tuesday</source>
        <translation>Вторник</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wednesday</source>
        <translation>Среда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thursday</source>
        <translation>Четверг</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Friday</source>
        <translation>Пятница</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saturday</source>
        <translation>Суббота</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sunday</source>
        <translation>Воскресенье</translation>
    </message>
</context>
<context>
    <name>ScheduleService</name>
    <message>
        <location filename="../core/schedule/ScheduleService.cpp" line="+123"/>
        <location line="+60"/>
        <source>Official</source>
        <translation>Должностное лицо</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Official: the full name is required (R-5)</source>
        <translation>Должностное лицо: необходимо указать ФИО полностью (R-5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+191"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Position is required</source>
        <translation>Необходимо указать должность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position: &quot;%1&quot; is not in the directory</source>
        <translation>Должность: значения &quot;%1&quot; нет в справочнике</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Organisation is required</source>
        <translation>Необходимо указать организацию</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation: &quot;%1&quot; is not in the directory</source>
        <translation>Организация: значения &quot;%1&quot; нет в справочнике</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <location line="+186"/>
        <location line="+2"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Date: give the day of the reception or a weekday</source>
        <translation>Дата: укажите дату приёма или день недели</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date: %1 is a day off in the calendar; receptions are held on working days (R-4)</source>
        <translation>Дата: %1 — выходной день по календарю; приём проводится в рабочие дни (R-4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Weekday: %1 is not a day of the week</source>
        <translation>День недели: %1 не является днём недели</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekday: receptions are held on working days (R-4); a working Saturday or Sunday by decree takes a line with its date</source>
        <translation>День недели: приём проводится в рабочие дни (R-4); для субботы или воскресенья, объявленных рабочим днём по постановлению, заводится строка с датой этого дня</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid from: the first day of the schedule is required</source>
        <translation>Действует с: необходимо указать первый день действия графика</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid to</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid to: the period ends before it starts</source>
        <translation>Действует по: период заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week of the month</source>
        <translation>Неделя месяца</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week of the month: 1 to 5, the last (-1) or every week (0)</source>
        <translation>Неделя месяца: от 1 до 5, последняя (-1) или каждая неделя (0)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <location line="+136"/>
        <source>Hours</source>
        <translation>Часы приёма</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+22"/>
        <location line="+1"/>
        <location line="+96"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Place: where the reception is held is required</source>
        <translation>Место: необходимо указать место проведения приёма</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>Facility type</source>
        <translation>Тип учреждения</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Facility type: required for a duty prosecutor&apos;s reception (R-6)</source>
        <translation>Тип учреждения: обязателен для приёма дежурного прокурора (R-6)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facility type: &quot;%1&quot; is not in the directory</source>
        <translation>Тип учреждения: значения &quot;%1&quot; нет в справочнике</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facility type: duty prosecutors do not receive in %1 (R-6)</source>
        <translation>Тип учреждения: дежурные прокуроры не ведут приём в учреждениях типа «%1» (R-6)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>Facility</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Facility: the facility where the duty prosecutor receives is required (R-6)</source>
        <translation>Учреждение: необходимо указать учреждение, в котором ведёт приём дежурный прокурор (R-6)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facility: only a duty prosecutor&apos;s reception is held in a facility (R-6)</source>
        <translation>Учреждение: в учреждении проводится только приём дежурного прокурора (R-6)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+152"/>
        <source>%1 is longer than %2 characters</source>
        <translation>%1: длиннее %2 символов</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+241"/>
        <source>keep reception schedules</source>
        <translation>вести графики приёма</translation>
    </message>
    <message>
        <location line="-237"/>
        <location line="+12"/>
        <location line="+117"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Kind: an off-schedule reception is issued as an instruction of the ЦПГ prosecutor (R-50), not kept as a schedule line</source>
        <translation>Вид: прием вне графика оформляется поручением прокурора ЦПГ (R-50), а не строкой графика</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+45"/>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+29"/>
        <location line="+48"/>
        <location line="+70"/>
        <location line="+26"/>
        <location line="+13"/>
        <location line="+7"/>
        <source>Schedule</source>
        <translation>График</translation>
    </message>
    <message>
        <location line="-252"/>
        <location line="+55"/>
        <location line="+177"/>
        <source>Schedule: there is no such line</source>
        <translation>График: такой строки нет</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Kind: an instruction given (R-50) is not changed; remove it and issue another</source>
        <translation>Вид: данное поручение (R-50) не изменяется; отзовите его и дайте новое</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>change an approved schedule</source>
        <translation>изменять утверждённый график</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the schedule line could not be saved</source>
        <translation>не удалось сохранить строку графика</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>approve reception schedules (R-4)</source>
        <translation>утверждать графики приёма (R-4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Schedule: the line is approved already (%1, %2)</source>
        <translation>График: строка уже утверждена (%1, %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Place: give it in Kazakh and in Russian, the schedule is posted in both languages (R-5)</source>
        <translation>Место: укажите его на казахском и русском языках, график размещается на двух языках (R-5)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the line could not be approved</source>
        <translation>не удалось утвердить строку</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Position: an off-schedule reception is instructed to oblast or district prosecutors and their deputies (R-50), not to %1</source>
        <translation>Должность: прием вне графика поручается прокурорам областей и районов и их заместителям (R-50), а не: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form: the instruction is given in writing or orally (R-50)</source>
        <translation>Форма: поручение дается письменно или устно (R-50)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date: the day of the off-schedule reception is required (R-50)</source>
        <translation>Дата: день приема вне графика обязателен (R-50)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date: %1 has passed; a reception that cannot wait is instructed for today or a day ahead (R-50)</source>
        <translation>Дата: %1 уже прошла; безотлагательный прием поручается на сегодня или на будущий день (R-50)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hours: from and to are required, within 9:00–18:30 (R-4)</source>
        <translation>Часы: начало и окончание обязательны, в пределах 9:00–18:30 (R-4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Reason: why the reception cannot wait for the schedule is required (R-50)</source>
        <translation>Основание: необходимо указать, почему прием не может ждать графика (R-50)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind: an instruction is an off-schedule reception (R-50)</source>
        <translation>Вид: поручение — это прием вне графика (R-50)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visitor</source>
        <translation>Посетитель</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+38"/>
        <source>ЛП-1 card</source>
        <translation>Карточка ЛП-1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>instruct an off-schedule reception (R-50)</source>
        <translation>поручать прием вне графика (R-50)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule: the instruction is given already</source>
        <translation>График: поручение уже дано</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ЛП-1 card: there is no card %1</source>
        <translation>Карточка ЛП-1: карточки %1 нет</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the instruction could not be recorded</source>
        <translation>поручение не удалось записать</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>withdraw an off-schedule reception instruction (R-50)</source>
        <translation>отзывать поручение о приеме вне графика (R-50)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>remove an approved schedule line</source>
        <translation>удалять утверждённую строку графика</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Schedule: %n person(s) signed up for a coming reception of this line</source>
        <translation>
            <numerusform>График: на предстоящий приём по этой строке записан %n человек</numerusform>
            <numerusform>График: на предстоящий приём по этой строке записаны %n человека</numerusform>
            <numerusform>График: на предстоящий приём по этой строке записаны %n человек</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the line could not be removed</source>
        <translation>не удалось удалить строку</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../core/security/Session.cpp" line="+26"/>
        <source>nobody signed in</source>
        <translation>вход не выполнен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permission</source>
        <translation>права доступа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 may not %2: this needs the role %3</source>
        <translation>%1: нет права %2; для этого требуется роль %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or </source>
        <translation> или </translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../core/setup/Setup.cpp" line="+28"/>
        <source>device</source>
        <translation>устройство</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>database</source>
        <translation>база данных</translation>
    </message>
</context>
<context>
    <name>SigningMatrix</name>
    <message>
        <location filename="../core/appeal/SigningMatrix.cpp" line="+35"/>
        <source>General Prosecutor</source>
        <translation>Генеральный Прокурор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deputy General Prosecutor, Head of the GPO Apparatus</source>
        <translation>Заместитель Генерального Прокурора, Руководитель Аппарата ГП</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head of a GPO subdivision</source>
        <translation>Руководитель структурного подразделения ГП</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deputy head of a GPO subdivision</source>
        <translation>Заместитель руководителя структурного подразделения ГП</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head of an agency, military or transport prosecutor, oblast prosecutor</source>
        <translation>Руководитель ведомства, военный или транспортный прокурор, прокурор области</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deputy of an agency head or of an oblast prosecutor</source>
        <translation>Заместитель руководителя ведомства или прокурора области</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District prosecutor</source>
        <translation>Прокурор района</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the signing matrix has no column &quot;decision&quot;</source>
        <translation>в матрице подписания нет столбца &quot;decision&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the signing matrix has no column for the level %1</source>
        <translation>в матрице подписания нет столбца для уровня %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the decision &quot;%1&quot; is empty or repeated</source>
        <translation>решение &quot;%1&quot; не указано или повторяется</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a cell is 1 or 0, not &quot;%1&quot;</source>
        <translation>значение ячейки должно быть 1 или 0, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the program has no signing matrix</source>
        <translation>в программе нет матрицы подписания</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the override names the unknown level %1</source>
        <translation>в переопределении указан неизвестный уровень %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision: the signing matrix has no row &quot;%1&quot;</source>
        <translation>Решение: в матрице подписания нет строки &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signing level</source>
        <translation>Уровень подписания</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing level: there is no level &quot;%1&quot;</source>
        <translation>Уровень подписания: уровня &quot;%1&quot; нет</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="+97"/>
        <location line="+33"/>
        <location line="+13"/>
        <location line="+7"/>
        <location line="+80"/>
        <location line="+73"/>
        <location line="+97"/>
        <location line="+6"/>
        <source>the central database refused: %1</source>
        <translation>центральная база данных отклонила запрос: %1</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>this workstation works on the central database itself: there is nothing to sync</source>
        <translation>это рабочее место работает непосредственно с центральной базой данных: синхронизировать нечего</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the central database must be PostgreSQL</source>
        <translation>центральная база данных должна быть PostgreSQL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the central database has schema %1, this program needs %2: run armcpg-cli server migrate on the centre first</source>
        <translation>версия схемы центральной базы данных — %1, а этой программе нужна %2: сначала выполните в центре armcpg-cli server migrate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the central database has schema %1, newer than this program&apos;s %2: update the program</source>
        <translation>версия схемы центральной базы данных — %1, она новее версии этой программы (%2): обновите программу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this device (%1) is not registered on the central database; an administrator registers it: armcpg-cli server device add --device %1 --organisation %2</source>
        <translation>это устройство (%1) не зарегистрировано в центральной базе данных; его регистрирует администратор: armcpg-cli server device add --device %1 --organisation %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this device (%1) is deactivated on the central database</source>
        <translation>это устройство (%1) отключено в центральной базе данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this device is registered for the organisation %1 but records for %2</source>
        <translation>это устройство зарегистрировано для организации %1, но записывает данные организации %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>pushed %1, pulled %2, conflicts %3, kept the centre&apos;s value %4, %5 ms%6</source>
        <translation>отправлено %1, получено %2, конфликтов %3, оставлено значение центра %4, %5 мс%6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (cancelled)</source>
        <translation> (отменено)</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>%1 %2: the central database has no column %3 (is it older than this program?)</source>
        <translation>%1 %2: в центральной базе данных нет столбца %3 (возможно, она старше этой программы?)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 %2 is for the organisation %3, outside this device&apos;s organisation %4: correct the record&apos;s organisation, or have the device registered for %3</source>
        <translation>%1 %2 относится к организации %3, которая не входит в организацию этого устройства %4: исправьте организацию в записи или попросите зарегистрировать устройство для организации %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 %2 is not on the central database; the change was not applied</source>
        <translation>%1 %2 отсутствует в центральной базе данных; изменение не применено</translation>
    </message>
    <message>
        <location line="+297"/>
        <source>%1 %2 could not be stored: %3</source>
        <translation>не удалось сохранить %1 %2: %3</translation>
    </message>
</context>
<context>
    <name>TalonPrint</name>
    <message>
        <location filename="../ui/queue/TalonPrint.cpp" line="+8"/>
        <source>the printer does not take a page of %1 × %2 mm</source>
        <translation>принтер не поддерживает формат страницы %1 × %2 мм</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the printer cannot be opened</source>
        <translation>не удаётся открыть принтер</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no printer is set up on this computer</source>
        <translation>на этом компьютере не настроен принтер</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <location filename="../core/security/UserService.cpp" line="+116"/>
        <location line="+20"/>
        <location line="+2"/>
        <location line="+42"/>
        <location line="+55"/>
        <location filename="../ui/admin/UserDialog.cpp" line="+193"/>
        <source>password</source>
        <translation>пароль</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>wrong login or password</source>
        <translation>неверный логин или пароль</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+27"/>
        <location line="+28"/>
        <location filename="../ui/admin/UserDialog.cpp" line="-10"/>
        <source>login</source>
        <translation>логин</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>the account %1 is disabled; ask an administrator</source>
        <translation>учётная запись %1 отключена; обратитесь к администратору</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the password must have at least 8 characters, it has %1</source>
        <translation>пароль должен содержать не менее 8 символов, а содержит %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the password must not start or end with a space</source>
        <translation>пароль не должен начинаться или заканчиваться пробелом</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the login must be 2 to 32 Latin lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; and start with a letter or digit</source>
        <translation>логин должен содержать от 2 до 32 символов (строчные латинские буквы, цифры, &apos;.&apos;, &apos;_&apos; или &apos;-&apos;) и начинаться с буквы или цифры</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/admin/UserDialog.cpp" line="+2"/>
        <source>full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the full name is empty</source>
        <translation>не указаны ФИО</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+49"/>
        <location filename="../ui/admin/UserDialog.cpp" line="+2"/>
        <source>roles</source>
        <translation>роли</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>a user needs at least one role</source>
        <translation>пользователю необходима хотя бы одна роль</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <location filename="../ui/admin/UserDialog.cpp" line="+2"/>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the organisation is not chosen</source>
        <translation>организация не выбрана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no organisation %1</source>
        <translation>организация %1 не найдена</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/admin/UserDialog.cpp" line="+2"/>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>there is no position %1</source>
        <translation>должность %1 не найдена</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>create users</source>
        <translation>создавать пользователей</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the login %1 is taken</source>
        <translation>логин %1 уже занят</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+55"/>
        <source>the password could not be hashed (out of memory); nothing was saved</source>
        <translation>не удалось вычислить хеш пароля (недостаточно памяти); ничего не сохранено</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+21"/>
        <location line="+10"/>
        <location line="+25"/>
        <location line="+21"/>
        <location line="+7"/>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>change users</source>
        <translation>изменять данные пользователей</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>you cannot take the administrator role from yourself</source>
        <translation>нельзя снять роль администратора с самого себя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>you cannot disable your own account</source>
        <translation>нельзя отключить собственную учётную запись</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+46"/>
        <source>there is no such user</source>
        <translation>такой пользователь не найден</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>set another user&apos;s password</source>
        <translation>задавать пароль другого пользователя</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/admin/PasswordResetDialog.cpp" line="+78"/>
        <source>current password</source>
        <translation>текущий пароль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the current password is wrong</source>
        <translation>текущий пароль указан неверно</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>set signing levels</source>
        <translation>устанавливать уровни подписания</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signing level</source>
        <translation>уровень подписания</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>there is no signing level %1</source>
        <translation>уровня подписания %1 нет</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <location filename="../core/calendar/WorkCalendar.cpp" line="+303"/>
        <source>The column &quot;%1&quot; is missing from the header.</source>
        <translation>В заголовке отсутствует столбец &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; не является датой в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a kind; use holiday, religious, day_off or working_day.</source>
        <translation>&quot;%1&quot; не является видом; используйте holiday, religious, day_off или working_day.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+67"/>
        <source>A holiday needs a name in name_kk, name_ru or name_en.</source>
        <translation>Для праздника требуется наименование в name_kk, name_ru или name_en.</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+60"/>
        <source>%1 is already listed as %2 on line %3.</source>
        <translation>День %1 уже указан как %2 в строке %3.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&quot;%1&quot; is not a day of the year in the form MM-DD.</source>
        <translation>&quot;%1&quot; не является днём года в формате ММ-ДД.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a kind of the rule; use holiday or religious.</source>
        <translation>&quot;%1&quot; не является видом правила; используйте holiday или religious.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 is not in %2, the year of the file %3.</source>
        <translation>Дата %1 не относится к %2 году, которому соответствует файл %3.</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <location filename="../core/storage/WriteTransaction.cpp" line="+107"/>
        <location line="+38"/>
        <location line="+89"/>
        <location line="+31"/>
        <source>the transaction is not open</source>
        <translation>транзакция не открыта</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+38"/>
        <source>invalid table name %1</source>
        <translation>недопустимое имя таблицы %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>invalid column name %1</source>
        <translation>недопустимое имя столбца %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the record %1 does not exist</source>
        <translation>записи %1 не существует</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the record was changed by someone else meanwhile (version %1, expected %2); reopen it</source>
        <translation>запись тем временем изменена другим пользователем (версия %1, ожидалась %2); откройте её заново</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no column %2</source>
        <translation>в %1 нет столбца %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the record was changed by someone else meanwhile; reopen it</source>
        <translation>запись тем временем изменена другим пользователем; откройте её заново</translation>
    </message>
</context>
<context>
    <name>armcpg::AdministrationPage</name>
    <message>
        <location filename="../ui/admin/AdministrationPage.cpp" line="+49"/>
        <source>&amp;Users</source>
        <translation>&amp;Пользователи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;This workstation</source>
        <translation>Это &amp;рабочее место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Календарь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dev&amp;ices</source>
        <translation>&amp;Устройства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing &amp;matrix</source>
        <translation>&amp;Матрица подписания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read only: only an administrator can change users, the workstation, the calendar, settings and devices (a head may switch reception by videoconference only, R-11).</source>
        <translation>Только просмотр: пользователей, рабочее место, календарь, настройки и устройства изменяет только администратор (руководитель может перевести прием только на ВКС, R-11).</translation>
    </message>
</context>
<context>
    <name>armcpg::AppealForm</name>
    <message>
        <location filename="../ui/appeal/AppealForm.cpp" line="+116"/>
        <location line="+1"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One applicant a line</source>
        <translation>По одному заявителю в строке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and the document of authority</source>
        <translation>ФИО и документ о полномочиях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New appeal</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeal %1 of %2</source>
        <translation>Обращение %1 от %2</translation>
    </message>
    <message>
        <location line="+128"/>
        <location line="+10"/>
        <source>Learned of the act on</source>
        <translation>Дата, когда стало известно об акте</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Learned of the act on: not a date (dd.mm.yyyy)</source>
        <translation>Дата, когда стало известно об акте: некорректная дата (дд.мм.гггг)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received on: not a date (dd.mm.yyyy)</source>
        <translation>Дата поступления: некорректная дата (дд.мм.гггг)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;%2&quot; is not in the directory</source>
        <translation>%1: значения &quot;%2&quot; нет в справочнике</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learned of the act on: the date is in the future</source>
        <translation>Дата, когда стало известно об акте: дата ещё не наступила</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard the changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
</context>
<context>
    <name>armcpg::AppealListModel</name>
    <message>
        <location filename="../ui/appeal/AppealListModel.cpp" line="+27"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control</source>
        <translation>Контроль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On control</source>
        <translation>На контроле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due within %1 days</source>
        <translation>Срок истекает в течение %1 дн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deemed refused</source>
        <translation>Считаются отклонёнными</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(anonymous)</source>
        <translation>(анонимное)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>on control</source>
        <translation>на контроле</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deemed refused</source>
        <translation>считается отклонённой</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answered %1, after the term</source>
        <translation>ответ дан %1, после срока</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered %1</source>
        <translation>ответ дан %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registration to complete</source>
        <translation>регистрация не завершена</translation>
    </message>
</context>
<context>
    <name>armcpg::AppealSidePanel</name>
    <message>
        <location filename="../ui/appeal/AppealSidePanel.cpp" line="+35"/>
        <source>Add a file to the appeal</source>
        <translation>Добавить файл к обращению</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Earlier appeals of the applicant (I-2, RR-13)</source>
        <translation>Предыдущие обращения заявителя (I-2, RR-13)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Proposed: %1</source>
        <translation>Предлагается: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>main appeal %1 (I-35)</source>
        <translation>основное обращение %1 (I-35)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (stored on saving)</source>
        <translation>%1 (будет сохранён при сохранении обращения)</translation>
    </message>
</context>
<context>
    <name>armcpg::AppealView</name>
    <message>
        <location filename="../ui/appeal/AppealView.cpp" line="+96"/>
        <source>Complete / correct registration (Ctrl+E)</source>
        <translation>Завершить / исправить регистрацию (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take on control</source>
        <translation>Поставить на контроль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from control</source>
        <translation>Снять с контроля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record interim answer…</source>
        <translation>Зарегистрировать промежуточный ответ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record final answer…</source>
        <translation>Зарегистрировать окончательный ответ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the lists (Esc)</source>
        <translation>Вернуться к спискам (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Appeal %1 of %2</source>
        <translation>Обращение %1 от %2</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Mark: «с личного приема» (R-51)</source>
        <translation>Отметка: «с личного приема» (R-51)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark: «с личного приема» (R-51), from the ЛП-1 card %1</source>
        <translation>Отметка: «с личного приема» (R-51), по карточке ЛП-1 %1</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Term: %1</source>
        <translation>Срок: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On control since %1, taken by %2 (I-53)</source>
        <translation>На контроле с %1, поставил на контроль %2 (I-53)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed from control on %1 by %2</source>
        <translation>Снято с контроля %1, снял с контроля %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not on control</source>
        <translation>Не на контроле</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(to be completed)</source>
        <translation>(не заполнено)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedural regime</source>
        <translation>Процессуальный режим</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Канал поступления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal entity</source>
        <translation>Юридическое лицо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(anonymous)</source>
        <translation>(анонимное)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-applicants</source>
        <translation>Созаявители</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Предмет обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Essence</source>
        <translation>Суть обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered on</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results required</source>
        <translation>Требуется сообщить о результатах</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes (I-88)</source>
        <translation>да (I-88)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control authority</source>
        <translation>Контролирующий орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learned of the act on</source>
        <translation>Дата, когда стало известно об акте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening</source>
        <translation>Предварительное рассмотрение</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead executor</source>
        <translation>Ответственный исполнитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2</source>
        <translation>%1 от %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term extended to</source>
        <translation>Срок продлён до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional control</source>
        <translation>Дополнительный контроль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes (I-52)</source>
        <translation>да (I-52)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer language</source>
        <translation>Язык ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer signed</source>
        <translation>Ответ подписан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 by %2</source>
        <translation>%1, подписал %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+74"/>
        <source>Interim answer sent on</source>
        <translation>Дата направления промежуточного ответа</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+73"/>
        <source>Final answer sent on</source>
        <translation>Дата направления окончательного ответа</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>due %1</source>
        <translation>срок %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sent on:</source>
        <translation>Дата направления:</translation>
    </message>
</context>
<context>
    <name>armcpg::AppealWorkflow</name>
    <message>
        <location filename="../ui/appeal/AppealWorkflow.cpp" line="+53"/>
        <source>Screening…</source>
        <translation>Предварительное рассмотрение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign…</source>
        <translation>Назначить исполнителей…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer…</source>
        <translation>Передать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend the term…</source>
        <translation>Продлить срок…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional control…</source>
        <translation>Дополнительный контроль…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection started…</source>
        <translation>Начало проверки…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection ended…</source>
        <translation>Окончание проверки…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing notice…</source>
        <translation>Уведомление о заслушивании…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward by competence…</source>
        <translation>Направить по компетенции…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward a part…</source>
        <translation>Направить часть…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deficiency notice…</source>
        <translation>Уведомление об устранении недостатков…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deficiencies corrected</source>
        <translation>Недостатки устранены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return (not corrected)</source>
        <translation>Вернуть (недостатки не устранены)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous: decision…</source>
        <translation>Анонимное: решение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach as duplicate…</source>
        <translation>Приобщить как дубликат…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision…</source>
        <translation>Решение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign the answer…</source>
        <translation>Подписать ответ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminate correspondence…</source>
        <translation>Прекратить переписку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice to the applicant…</source>
        <translation>Уведомление заявителя…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (released %2: %3)</source>
        <translation>%1 (освобождён %2: %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lead executor: %1</source>
        <translation>Ответственный исполнитель: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co-executors: %1</source>
        <translation>Соисполнители: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier: %1</source>
        <translation>Ранее: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An inspection is under way: an interim answer is due (I-52)</source>
        <translation>Проводится проверка: требуется промежуточный ответ (I-52)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Assign executors (I-33)</source>
        <translation>Назначение исполнителей (I-33)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead executor:</source>
        <translation>Ответственный исполнитель:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-executors:</source>
        <translation>Соисполнители:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not the official whose actions are complained about (I-61); for a reception appeal, not whoever handled the applicant&apos;s question before (R-53).</source>
        <translation>Не должностное лицо, на действия которого подана жалоба (I-61); по обращению с личного приёма — не тот, кто ранее рассматривал вопрос заявителя (R-53).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Transfer to another executor (I-34)</source>
        <translation>Передача другому исполнителю (I-34)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New lead executor:</source>
        <translation>Новый ответственный исполнитель:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapport (reasons):</source>
        <translation>Рапорт (причины):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transfer</source>
        <translation>Передать</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Extend the term (I-52)</source>
        <translation>Продление срока (I-52)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New term:</source>
        <translation>Новый срок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapport filed on:</source>
        <translation>Дата рапорта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motivated decision:</source>
        <translation>Мотивированное решение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most two months from the receipt: %1 (D17a); the rapport at least a day before the term expires (D18); the notice to the applicant within 3 working days.</source>
        <translation>Не более двух месяцев со дня поступления: %1 (D17a); рапорт — не менее чем за один день до истечения срока (D18); уведомление заявителя — в течение 3 рабочих дней.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Additional control (I-52)</source>
        <translation>Дополнительный контроль (I-52)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapport:</source>
        <translation>Рапорт:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inspection started (I-52)</source>
        <translation>Начало проверки (I-52)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started on:</source>
        <translation>Дата начала:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An interim answer to the applicant is required.</source>
        <translation>Заявителю необходимо направить промежуточный ответ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inspection ended (I-52)</source>
        <translation>Окончание проверки (I-52)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended on:</source>
        <translation>Дата окончания:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The final answer is due within 10 working days of the end (D20).</source>
        <translation>Окончательный ответ направляется в течение 10 рабочих дней после окончания проверки (D20).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hearing notice (I-43)</source>
        <translation>Уведомление о заслушивании (I-43)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The act is adopted on:</source>
        <translation>Дата принятия акта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of the hearing:</source>
        <translation>Место заслушивания:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Screening (I-2)</source>
        <translation>Предварительное рассмотрение (I-2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Screening:</source>
        <translation>Предварительное рассмотрение:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main appeal (a duplicate):</source>
        <translation>Основное обращение (для дубликата):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repeated because (I-2(12)):</source>
        <translation>Основание повторного обращения (I-2(12)):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Мотивировка:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Forward by competence (I-31)</source>
        <translation>Направление по компетенции (I-31)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forward a part by competence (RR-11, I-31)</source>
        <translation>Направление части обращения по компетенции (RR-11, I-31)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The question that goes to the other body:</source>
        <translation>Вопрос, направляемый в другой орган:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its subject or respondent:</source>
        <translation>Его субъект или ответчик:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Competent body:</source>
        <translation>Орган по компетенции:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why not the prosecutor&apos;s competence (I-4):</source>
        <translation>Почему не относится к компетенции органов прокуратуры (I-4):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Notice number:</source>
        <translation>Номер уведомления:</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Cover letter number:</source>
        <translation>Номер сопроводительного письма:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applicant is notified at the same time (I-31)</source>
        <translation>Заявитель уведомляется одновременно (I-31)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deficiency notice (I-25)</source>
        <translation>Уведомление об устранении недостатков (I-25)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does not meet АППК art. 63:</source>
        <translation>Несоответствие требованиям статьи 63 АППК:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To be corrected by:</source>
        <translation>Срок устранения:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Anonymous appeal (I-42)</source>
        <translation>Анонимное обращение (I-42)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>Decision:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Redirect at once: a criminal offence</source>
        <translation>Незамедлительно перенаправить: уголовное правонарушение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirect at once: a threat to security</source>
        <translation>Незамедлительно перенаправить: угроза безопасности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave without consideration by a motivated conclusion</source>
        <translation>Оставить без рассмотрения по мотивированному заключению</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competent body (a redirect):</source>
        <translation>Орган по компетенции (при перенаправлении):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason or conclusion:</source>
        <translation>Мотивировка или заключение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclusion approved by (a head):</source>
        <translation>Заключение утвердил (руководитель):</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Attach as a duplicate (I-35)</source>
        <translation>Приобщение дубликата (I-35)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of the main appeal:</source>
        <translation>Номер основного обращения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The main appeal&apos;s answer sent on (when answered):</source>
        <translation>Дата ответа на основное обращение (если ответ дан):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its outgoing number:</source>
        <translation>Исходящий номер ответа:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main appeal: there is no appeal %1</source>
        <translation>Основное обращение: обращения %1 нет</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Decision (I-46, I-69, I-80)</source>
        <translation>Решение (I-46, I-69, I-80)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ground (I-57, I-74):</source>
        <translation>Основание (I-57, I-74):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The act is (I-47):</source>
        <translation>Административный акт (I-47):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>favourable</source>
        <translation>благоприятный</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>burdensome</source>
        <translation>обременяющий</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Decided on:</source>
        <translation>Дата решения:</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Motivation:</source>
        <translation>Мотивировка:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sign the answer (I-88, R-53)</source>
        <translation>Подписание ответа (I-88, R-53)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by:</source>
        <translation>Подписал:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed on:</source>
        <translation>Дата подписания:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh (the state language)</source>
        <translation>Казахский (государственный язык)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of the appeal (%1)</source>
        <translation>Язык обращения (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the answer (I-85):</source>
        <translation>Язык ответа (I-85):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sending date is recorded apart (Record final answer): it ends the term (I-68).</source>
        <translation>Дата направления регистрируется отдельно (Зарегистрировать окончательный ответ): она завершает срок (I-68).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Terminate correspondence (I-58)</source>
        <translation>Прекращение переписки (I-58)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Motivated conclusion:</source>
        <translation>Мотивированное заключение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by (a head):</source>
        <translation>Утвердил (руководитель):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Notice to the applicant</source>
        <translation>Уведомление заявителя</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notice:</source>
        <translation>Уведомление:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outgoing number:</source>
        <translation>Исходящий номер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason, deficiencies or conclusion:</source>
        <translation>Мотивировка, недостатки или заключение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body forwarded to:</source>
        <translation>Орган, в который направлено:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New term or term to correct:</source>
        <translation>Новый срок или срок устранения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF instead of the print preview</source>
        <translation>Сохранить в PDF вместо предварительного просмотра печати</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save the notice as PDF</source>
        <translation>Сохранение уведомления в PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The PDF could not be written: %1</source>
        <translation>Не удалось записать файл PDF: %1</translation>
    </message>
</context>
<context>
    <name>armcpg::AppealsPage</name>
    <message>
        <location filename="../ui/appeal/AppealsPage.cpp" line="+147"/>
        <source>&amp;Due within (days):</source>
        <translation>Срок &amp;истекает в течение (дней):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter:</source>
        <translation>Фи&amp;льтр:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number, applicant, IIN/BIN or essence (Ctrl+F)</source>
        <translation>Номер, заявитель, ИИН/БИН или суть обращения (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New appeal (Ctrl+N)</source>
        <translation>Новое обращение (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (Enter)</source>
        <translation>Открыть (Enter)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
</context>
<context>
    <name>armcpg::BarChart</name>
    <message>
        <location filename="../ui/queue/BarChart.cpp" line="+75"/>
        <source>No data for the period</source>
        <translation>Нет данных за период</translation>
    </message>
</context>
<context>
    <name>armcpg::BoardWindow</name>
    <message>
        <location filename="../ui/queue/BoardWindow.cpp" line="-70"/>
        <source>Running line</source>
        <translation>Бегущая строка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text that runs along the foot of the board (empty: the default greeting):</source>
        <translation>Текст бегущей строки внизу табло (если пусто — приветствие по умолчанию):</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Queue board</source>
        <translation>Табло очереди</translation>
    </message>
</context>
<context>
    <name>armcpg::CalendarEntryDialog</name>
    <message>
        <location filename="../ui/admin/CalendarEntryDialog.cpp" line="-75"/>
        <source>Calendar entry</source>
        <translation>Запись календаря</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Public holiday (moved to Monday when on a weekend)</source>
        <translation>Государственный праздник (переносится на понедельник, если приходится на субботу или воскресенье)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Religious holiday (never moved)</source>
        <translation>Религиозный праздник (не переносится)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekday made a day off by decree</source>
        <translation>Будний день, объявленный выходным по постановлению</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekend day made a working day by decree</source>
        <translation>Суббота или воскресенье, объявленные рабочим днём по постановлению</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the law or the government decree</source>
        <translation>закон или постановление Правительства</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Date *</source>
        <translation>&amp;Дата *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K&amp;ind *</source>
        <translation>Ви&amp;д *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;Kazakh</source>
        <translation>Наименование на &amp;казахском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;Russian</source>
        <translation>Наименование на &amp;русском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;English</source>
        <translation>Наименование на &amp;английском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A name in Kazakh or Russian is required.</source>
        <translation>Необходимо указать наименование на казахском или русском языке.</translation>
    </message>
</context>
<context>
    <name>armcpg::CalendarTab</name>
    <message>
        <location filename="../ui/admin/CalendarTab.cpp" line="+136"/>
        <source>%1 is not confirmed: computed by the rule. Only the fixed-date holidays are known; Kurban Ait and the government&apos;s swaps of days off are missing.</source>
        <translation>%1 год не подтверждён: рассчитан по правилу. Известны только праздники с фиксированной датой; Курбан айт и переносы выходных дней по постановлениям Правительства отсутствуют.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is entered but not confirmed against the government&apos;s decree.</source>
        <translation>%1 год внесён, но не сверен с постановлением Правительства.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is confirmed.</source>
        <translation>%1 год подтверждён.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>public holiday</source>
        <translation>государственный праздник</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>religious holiday</source>
        <translation>религиозный праздник</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>moved from %1</source>
        <translation>перенос с %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day off by decree</source>
        <translation>выходной день по постановлению</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Only an administrator can change the calendar</source>
        <translation>Изменять календарь может только администратор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A computed day: remove the holiday it comes from (or enter the year first)</source>
        <translation>Расчётный день: удалите праздник, от которого он образован (или сначала внесите год)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected entry</source>
        <translation>Удалить выбранную запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the year checked against the government&apos;s decree</source>
        <translation>Отметить год как сверенный с постановлением Правительства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the year&apos;s holidays first</source>
        <translation>Сначала внесите праздники этого года</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+18"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>%1 had no data of its own: the fixed-date holidays of the rule were copied into it. Add Kurban Ait and the decree&apos;s swaps, then mark the year confirmed.</source>
        <translation>Для %1 года не было собственных данных: в него скопированы праздники с фиксированной датой по правилу. Добавьте Курбан айт и переносы по постановлению, затем отметьте год как подтверждённый.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the entry of %1.</source>
        <translation>Запись на %1 сохранена.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove calendar entry</source>
        <translation>Удаление записи календаря</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the entry of %1 from the calendar?</source>
        <translation>Удалить запись на %1 из календаря?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed the entry of %1.</source>
        <translation>Запись на %1 удалена.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirm %1</source>
        <translation>Подтверждение %1 года</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The government decree the days off of %1 were checked against:</source>
        <translation>Постановление Правительства, с которым сверены выходные дни %1 года:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is marked confirmed.</source>
        <translation>%1 год отмечен как подтверждённый.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days off besides Saturdays and Sundays, and holidays that fall on them:</source>
        <translation>Выходные дни помимо суббот и воскресений, а также праздники, приходящиеся на них:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturdays and Sundays made working days by decree:</source>
        <translation>Субботы и воскресенья, объявленные рабочими днями по постановлению:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add entry…</source>
        <translation>&amp;Добавить запись…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove entry</source>
        <translation>&amp;Удалить запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark year confirmed…</source>
        <translation>&amp;Отметить год подтверждённым…</translation>
    </message>
</context>
<context>
    <name>armcpg::DeviceRegistrationDialog</name>
    <message>
        <location filename="../ui/admin/DeviceRegistrationDialog.cpp" line="-170"/>
        <source>Register a laptop</source>
        <translation>Регистрация ноутбука</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the laptop&apos;s device id: Administration, This workstation</source>
        <translation>идентификатор устройства ноутбука: Администрирование, Это рабочее место</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. the office and the laptop&apos;s number</source>
        <translation>например, кабинет и номер ноутбука</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Device id *</source>
        <translation>&amp;Идентификатор устройства *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation *</source>
        <translation>&amp;Организация *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Наименование</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the password to the clipboard</source>
        <translation>Скопировать пароль в буфер обмена</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password is shown only this once and the program keeps no copy. Put it into the laptop user&apos;s ~/.pgpass (one line: host:port:database:role:password, the file readable by that user only); the laptop then syncs as this role.</source>
        <translation>Пароль показывается только один раз, программа не сохраняет его копию. Внесите его в файл ~/.pgpass пользователя ноутбука (одна строка: host:port:database:role:password; файл должен быть доступен для чтения только этому пользователю); после этого ноутбук синхронизируется от имени этой роли.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database &amp;role:</source>
        <translation>&amp;Роль базы данных:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Register</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>enter the laptop&apos;s device id (a UUID): the laptop shows it under Administration, This workstation</source>
        <translation>введите идентификатор устройства ноутбука (UUID): ноутбук показывает его в разделе «Администрирование» на вкладке «Это рабочее место»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>choose the organisation the laptop records for</source>
        <translation>выберите организацию, данные которой записывает ноутбук</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not an organisation of the directory</source>
        <translation>&quot;%1&quot; не является организацией из справочника</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The laptop %1 is registered for %2. It signs in to the central database as the role below, with the password below.</source>
        <translation>Ноутбук %1 зарегистрирован для организации %2. Он подключается к центральной базе данных с указанными ниже ролью и паролем.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The password is copied to the clipboard.</source>
        <translation>Пароль скопирован в буфер обмена.</translation>
    </message>
</context>
<context>
    <name>armcpg::DevicesTab</name>
    <message>
        <location filename="../ui/admin/DevicesTab.cpp" line="+137"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The laptop %1 is registered; it signs in as %2.</source>
        <translation>Ноутбук %1 зарегистрирован; он подключается от имени роли %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deactivate device</source>
        <translation>Отключение устройства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate the laptop %1%2? It can then no longer read or write on the central database; registering it again activates it with a new password.</source>
        <translation>Отключить ноутбук %1%2? После этого он не сможет читать и записывать данные в центральной базе данных; повторная регистрация снова включит его с новым паролем.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The laptop %1 is deactivated: it can no longer read or write.</source>
        <translation>Ноутбук %1 отключён: он больше не может читать и записывать данные.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Laptops are registered on the central database: sign in on a workstation connected to the central PostgreSQL database, or use armcpg-cli server device add there. This workstation keeps its data in a local file.</source>
        <translation>Ноутбуки регистрируются в центральной базе данных: войдите в систему на рабочем месте, подключённом к центральной базе данных PostgreSQL, или выполните там команду armcpg-cli server device add. Это рабочее место хранит свои данные в локальном файле.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device id</source>
        <translation>Идентификатор устройства</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number prefix</source>
        <translation>Префикс номеров</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database role</source>
        <translation>Роль базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Активно</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered at</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Register…</source>
        <translation>&amp;Зарегистрировать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a laptop on the central database (Ins)</source>
        <translation>Зарегистрировать ноутбук в центральной базе данных (Ins)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivate…</source>
        <translation>О&amp;тключить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the selected laptop out of the central database (Del)</source>
        <translation>Закрыть выбранному ноутбуку доступ к центральной базе данных (Del)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Only an administrator can register or deactivate devices</source>
        <translation>Регистрировать и отключать устройства может только администратор</translation>
    </message>
</context>
<context>
    <name>armcpg::DirectoryComboBox</name>
    <message>
        <location filename="../ui/directory/DirectoryComboBox.cpp" line="+188"/>
        <source>no longer valid</source>
        <translation>больше не действует</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not in the directory</source>
        <translation>нет в справочнике</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted</source>
        <translation>удалена</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type a code or part of a name</source>
        <translation>Введите код или часть наименования</translation>
    </message>
</context>
<context>
    <name>armcpg::DirectoryEntryDialog</name>
    <message>
        <location filename="../ui/directory/DirectoryEntryDialog.cpp" line="-162"/>
        <source>%1: entry</source>
        <translation>%1: запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: new entry</source>
        <translation>%1: новая запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: edit entry</source>
        <translation>%1: изменение записи</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Code *</source>
        <translation>&amp;Код *</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Parent</source>
        <translation>&amp;Вышестоящая запись</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name in &amp;Kazakh *</source>
        <translation>Наименование на ка&amp;захском *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name in &amp;Russian *</source>
        <translation>Наименование на &amp;русском *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name in &amp;English</source>
        <translation>Наименование на &amp;английском</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Valid &amp;from</source>
        <translation>Действует &amp;с</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valid &amp;to</source>
        <translation>Действует &amp;по</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sort &amp;order</source>
        <translation>П&amp;орядок сортировки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the act and paragraph the entry comes from</source>
        <translation>нормативный акт и пункт, на основании которых внесена запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>key=value;key=value</source>
        <translation>ключ=значение;ключ=значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attributes</source>
        <translation>А&amp;трибуты</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>* required</source>
        <translation>* обязательное поле</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+33"/>
        <source>parent</source>
        <translation>вышестоящая запись</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>&quot;%1&quot; is not an entry of this directory</source>
        <translation>&quot;%1&quot; не является записью этого справочника</translation>
    </message>
</context>
<context>
    <name>armcpg::DirectoryPage</name>
    <message>
        <location filename="../ui/directory/DirectoryPage.cpp" line="+303"/>
        <source>No directories</source>
        <translation>Справочников нет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Kazakh)</source>
        <translation>Наименование (на казахском)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Russian)</source>
        <translation>Наименование (на русском)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (English)</source>
        <translation>Наименование (на английском)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid to</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not valid on %1</source>
        <translation>Не действует на %1</translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 из %n записи</numerusform>
            <numerusform>%1 из %n записей</numerusform>
            <numerusform>%1 из %n записей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Search by code or any name (Ctrl+F)</source>
        <translation>Поиск по коду или любому наименованию (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator can change directories.</source>
        <translation>Изменять справочники может только администратор.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an entry (Ins)</source>
        <translation>Добавить запись (Ins)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected entry (Enter, F2, double-click)</source>
        <translation>Изменить выбранную запись (Enter, F2, двойной щелчок)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected entry (Del); records that use it keep it</source>
        <translation>Удалить выбранную запись (Del); в данных, где она уже использована, она сохраняется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>И&amp;мпорт CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add and update entries from a CSV file; nothing is written if a row is wrong</source>
        <translation>Добавить и обновить записи из файла CSV; при ошибке в любой строке ничего не сохраняется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Экспорт CSV…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the entries of this directory to a CSV file</source>
        <translation>Сохранить записи этого справочника в файл CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;KATO…</source>
        <translation>Импорт &amp;КАТО…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import the classifier as published by the statistics bureau</source>
        <translation>Импортировать классификатор в том виде, в каком его публикует Бюро национальной статистики</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read only: %1</source>
        <translation>Только просмотр: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved %1.</source>
        <translation>Запись %1 сохранена.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+11"/>
        <source>Delete entry</source>
        <translation>Удаление записи</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Delete %1 «%2»?

The entry is marked deleted: records that use it keep it, but it is no longer offered.</source>
        <translation>Удалить %1 «%2»?

Запись будет помечена как удалённая: в данных, где она уже использована, она сохранится, но для выбора больше предлагаться не будет.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted %1.</source>
        <translation>Запись %1 удалена.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+12"/>
        <location line="+9"/>
        <source>Import CSV</source>
        <translation>Импорт CSV</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+35"/>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Imported %1: %2 inserted, %3 updated, %4 unchanged, %5 closed.</source>
        <translation>Файл %1 импортирован: добавлено — %2, обновлено — %3, без изменений — %4, закрыто — %5.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+35"/>
        <source>Nothing was imported from %1. Correct these problems and import the file again:</source>
        <translation>Из %1 ничего не импортировано. Устраните следующие ошибки и импортируйте файл повторно:</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+12"/>
        <location line="+9"/>
        <source>Import KATO</source>
        <translation>Импорт КАТО</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Imported %1: %2 inserted, %3 updated, %4 unchanged, %5 closed (no longer in the classifier).</source>
        <translation>Файл %1 импортирован: добавлено — %2, обновлено — %3, без изменений — %4, закрыто — %5 (исключены из классификатора).</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+51"/>
        <source>Export CSV</source>
        <translation>Экспорт CSV</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Экспортирована %n запись в %1.</numerusform>
            <numerusform>Экспортированы %n записи в %1.</numerusform>
            <numerusform>Экспортировано %n записей в %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a CSV file</source>
        <translation>Выберите файл CSV</translation>
    </message>
</context>
<context>
    <name>armcpg::EmergencyNotice</name>
    <message>
        <location filename="../ui/reception/EmergencyNotice.cpp" line="-5"/>
        <source>Videoconference only (R-11)</source>
        <translation>Только ВКС (R-11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State of emergency or quarantine: citizens are received by videoconference only (R-11). %1</source>
        <translation>Чрезвычайное положение или карантин: прием граждан только по ВКС (R-11). %1</translation>
    </message>
</context>
<context>
    <name>armcpg::FirstStartDialog</name>
    <message>
        <location filename="../ui/shell/FirstStartDialog.cpp" line="+25"/>
        <source>АРМ «ЦПГ» — first start</source>
        <translation>АРМ «ЦПГ» — первый запуск</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This database has no users yet. Choose the organisation this workstation belongs to and create its administrator. The administrator then adds the other users.</source>
        <translation>В этой базе данных ещё нет пользователей. Выберите организацию, к которой относится это рабочее место, и создайте администратора. Затем администратор добавит остальных пользователей.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation *</source>
        <translation>Организация *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator login *</source>
        <translation>Логин администратора *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name *</source>
        <translation>ФИО *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password * (at least 8 characters)</source>
        <translation>Пароль * (не менее 8 символов)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the password *</source>
        <translation>Повторите пароль *</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create administrator</source>
        <translation>Создать администратора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>choose the organisation of this workstation</source>
        <translation>выберите организацию этого рабочего места</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat the password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the two passwords differ</source>
        <translation>пароли не совпадают</translation>
    </message>
</context>
<context>
    <name>armcpg::IssueTicketDialog</name>
    <message>
        <location filename="../ui/queue/OperatorDialogs.cpp" line="+34"/>
        <source>Out of town (R-8)</source>
        <translation>Иногородний посетитель (R-8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue a ticket</source>
        <translation>Выдача талона</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Service:</source>
        <translation>&amp;Услуга:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of reception:</source>
        <translation>&amp;Язык приёма:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-turn &amp;category (R-9):</source>
        <translation>&amp;Категория внеочередного приёма (R-9):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Issue</source>
        <translation>&amp;Выдать</translation>
    </message>
</context>
<context>
    <name>armcpg::JournalModel</name>
    <message>
        <location filename="../ui/reception/JournalModel.cpp" line="+37"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Характер вопроса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by</source>
        <translation>Провёл приём</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not held</source>
        <translation>Не проведён</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not held</source>
        <translation>не проведён</translation>
    </message>
</context>
<context>
    <name>armcpg::JournalPage</name>
    <message>
        <location filename="../ui/reception/JournalPage.cpp" line="+310"/>
        <source>The journal cannot be read: %1</source>
        <translation>Не удаётся прочитать журнал: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than %L1 cards</source>
        <translation>более %L1 карточек</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n карточка</numerusform>
            <numerusform>%n карточки</numerusform>
            <numerusform>%n карточек</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export PDF</source>
        <translation>Экспорт PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export CSV</source>
        <translation>Экспорт CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+191"/>
        <source>This build of the program cannot write PDF files.</source>
        <translation>Эта сборка программы не поддерживает запись файлов PDF.</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>journal-%1</source>
        <translation>журнал-%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic code</source>
        <translation>Код характера вопроса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision code</source>
        <translation>Код решения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not held</source>
        <translation>не проведён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal of personal receptions</source>
        <translation>Журнал личного приёма граждан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first %L1 cards of the list are printed; export CSV for all of them.</source>
        <translation>Напечатаны первые %L1 карточек списка; чтобы получить все карточки, выполните экспорт в CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>Exported %n card(s) to %1 (PDF).</source>
        <translation>
            <numerusform>Экспортирована %n карточка в %1 (PDF).</numerusform>
            <numerusform>Экспортированы %n карточки в %1 (PDF).</numerusform>
            <numerusform>Экспортировано %n карточек в %1 (PDF).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported %n card(s) to %1 (CSV).</source>
        <translation>
            <numerusform>Экспортирована %n карточка в %1 (CSV).</numerusform>
            <numerusform>Экспортированы %n карточки в %1 (CSV).</numerusform>
            <numerusform>Экспортировано %n карточек в %1 (CSV).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;From</source>
        <translation>&amp;От</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;o</source>
        <translation>&amp;До</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Or&amp;ganisation</source>
        <translation>Ор&amp;ганизация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Topic</source>
        <translation>&amp;Характер вопроса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decision</source>
        <translation>&amp;Решение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;IIN</source>
        <translation>&amp;ИИН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Заявитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held b&amp;y</source>
        <translation>&amp;Провёл приём</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>Поис&amp;к</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beginning of surname, given name</source>
        <translation>начало фамилии, имени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words in names and comments (Ctrl+F)</source>
        <translation>слова в ФИО и комментариях (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beginning of the name</source>
        <translation>начало ФИО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not &amp;held only</source>
        <translation>Только &amp;непроведённые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel export</source>
        <translation>Отменить экспорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New card</source>
        <translation>Но&amp;вая карточка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New card (%1)</source>
        <translation>Новая карточка (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>Откр&amp;ыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;Экспорт CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>Экспор&amp;т PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The filtered list as a PDF table (at most %L1 cards)</source>
        <translation>Отфильтрованный список в виде таблицы PDF (не более %L1 карточек)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear filters</source>
        <translation>Сбросить фи&amp;льтры</translation>
    </message>
</context>
<context>
    <name>armcpg::KatoPicker</name>
    <message>
        <location filename="../ui/reception/KatoPicker.cpp" line="+239"/>
        <source>Find a place by name or KATO code</source>
        <translation>Поиск по наименованию или коду КАТО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District or city</source>
        <translation>Район или город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a name of a region, district or settlement and press Enter</source>
        <translation>Введите часть наименования области, района или населённого пункта и нажмите Enter</translation>
    </message>
</context>
<context>
    <name>armcpg::KioskWindow</name>
    <message>
        <location filename="../ui/queue/KioskWindow.cpp" line="-10"/>
        <source>Queue kiosk</source>
        <translation>Терминал очереди</translation>
    </message>
</context>
<context>
    <name>armcpg::LoginDialog</name>
    <message>
        <location filename="../ui/shell/LoginDialog.cpp" line="+68"/>
        <source>Choose your own password</source>
        <translation>Выберите собственный пароль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An administrator set your password: choose your own to sign in.</source>
        <translation>Пароль вам назначил администратор: чтобы войти, выберите собственный.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>АРМ «ЦПГ» — sign in</source>
        <translation>АРМ «ЦПГ» — вход в систему</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizen reception centre workstation</source>
        <translation>Автоматизированное рабочее место центра приёма граждан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>armcpg::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+51"/>
        <source>About АРМ «ЦПГ»</source>
        <translation>О программе АРМ «ЦПГ»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>АРМ «ЦПГ» %1
The workstation of the citizen reception centres of the prosecutor&apos;s offices of the Republic of Kazakhstan.</source>
        <translation>АРМ «ЦПГ» %1
Автоматизированное рабочее место центров приёма граждан органов прокуратуры Республики Казахстан.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>АРМ «ЦПГ»</source>
        <translation>АРМ «ЦПГ»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue &amp;kiosk window</source>
        <translation>Окно &amp;терминала очереди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue display &amp;board</source>
        <translation>&amp;Информационное табло очереди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Завершить сеанс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User: %1 (%2)</source>
        <translation>Пользователь: %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation: %1</source>
        <translation>Организация: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync: in progress…</source>
        <translation>Синхронизация: выполняется…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>not chosen</source>
        <translation>не выбрана</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Standalone · SQLite</source>
        <translation>Автономный режим · SQLite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centre · PostgreSQL</source>
        <translation>Центр · PostgreSQL</translation>
    </message>
</context>
<context>
    <name>armcpg::OperatorPanel</name>
    <message>
        <location filename="../ui/queue/OperatorPanel.cpp" line="+115"/>
        <source>%1 · language: %2</source>
        <translation>%1 · язык: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out of turn: %1</source>
        <translation>Вне очереди: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out of town (R-8)</source>
        <translation>Иногородний посетитель (R-8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre-registered for %1</source>
        <translation>Предварительная запись на %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Called %n times</source>
        <translation>
            <numerusform>Вызван %n раз</numerusform>
            <numerusform>Вызван %n раза</numerusform>
            <numerusform>Вызван %n раз</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment: %1</source>
        <translation>Комментарий: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ticket at this desk. Call the next one (F2).</source>
        <translation>В этом окне нет талона. Вызовите следующего (F2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>out of turn</source>
        <translation>вне очереди</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out of town</source>
        <translation>иногородний</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>appointment %1</source>
        <translation>запись на %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>redirected</source>
        <translation>перенаправлен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>postponed until %1</source>
        <translation>отложен до %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Waiting (%1), in call order:</source>
        <translation>О&amp;жидают (%1), в порядке вызова:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wait passed %1 min: %2 has waited %3 min; %4 waiting over the limit.</source>
        <translation>Ожидание превысило %1 мин: талон %2 ожидает %3 мин; сверх лимита ожидают: %4.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nobody is waiting for this desk.</source>
        <translation>В это окно никто не ожидает.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>%1 called.</source>
        <translation>Талон %1 вызван.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Select a ticket in the waiting list first.</source>
        <translation>Сначала выберите талон в списке ожидающих.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 called again.</source>
        <translation>Талон %1 вызван повторно.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 did not come.</source>
        <translation>По талону %1 отмечена неявка.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 postponed until %2.</source>
        <translation>Талон %1 отложен до %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 redirected.</source>
        <translation>Талон %1 перенаправлен.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reception of %1 started.</source>
        <translation>Приём по талону %1 начат.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 finished.</source>
        <translation>Талон %1 завершён.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 finished: the card is saved.</source>
        <translation>Талон %1 завершён: карточка сохранена.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 issued.</source>
        <translation>Талон %1 выдан.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Desk:</source>
        <translation>&amp;Окно:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current ticket:</source>
        <translation>Текущий талон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marks</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrived</source>
        <translation>Время прихода</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waits, min</source>
        <translation>Ожидает, мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>armcpg::PasswordResetDialog</name>
    <message>
        <location filename="../ui/admin/PasswordResetDialog.cpp" line="-58"/>
        <source>New password for %1</source>
        <translation>Новый пароль для %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Current password</source>
        <translation>&amp;Текущий пароль</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at least 8 characters</source>
        <translation>не менее 8 символов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New password</source>
        <translation>&amp;Новый пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Повторите пароль</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 will be asked to choose their own password at the next sign-in.</source>
        <translation>При следующем входе в систему пользователю %1 будет предложено задать собственный пароль.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+8"/>
        <source>repeat the password</source>
        <translation>повтор пароля</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the two passwords differ</source>
        <translation>пароли не совпадают</translation>
    </message>
</context>
<context>
    <name>armcpg::PlaceholderPage</name>
    <message>
        <location filename="../ui/shell/PlaceholderPage.cpp" line="+35"/>
        <source>This section is not built yet.</source>
        <translation>Этот раздел ещё не реализован.</translation>
    </message>
</context>
<context>
    <name>armcpg::PostponeDialog</name>
    <message>
        <location filename="../ui/queue/OperatorDialogs.cpp" line="+67"/>
        <source>Postpone the ticket</source>
        <translation>Отложить талон</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back in the queue &amp;after:</source>
        <translation>Вернуть в очередь &amp;через:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Postpone</source>
        <translation>&amp;Отложить</translation>
    </message>
</context>
<context>
    <name>armcpg::PreRegistrationPage</name>
    <message>
        <location filename="../ui/prereg/PreRegistrationPage.cpp" line="+72"/>
        <source>(all organisations)</source>
        <translation>(все организации)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Pre-registration</source>
        <translation>Предварительная запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month:</source>
        <translation>&amp;Месяц:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rec&amp;eption:</source>
        <translation>&amp;Приём:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign up</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fuse</source>
        <translation>От&amp;казать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R: refusal on a ground of the official&apos;s level, with the explanation</source>
        <translation>Ctrl+R: отказ по основанию, предусмотренному для уровня должностного лица, с разъяснением</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;greement</source>
        <translation>Со&amp;гласование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+G: agreed with the subdivision (R-21, R-35)</source>
        <translation>Ctrl+G: согласовано с подразделением (R-21, R-35)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close registration</source>
        <translation>Зак&amp;рыть запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in</source>
        <translation>Отметить явку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+K: on the reception day, a queue ticket for the selected person at the appointment time</source>
        <translation>Ctrl+K: в день приема — талон очереди для выбранного лица на назначенное время</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Came</source>
        <translation>Пришёл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+T: the person signed up came to the reception</source>
        <translation>Ctrl+T: записавшийся пришёл на приём</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not come</source>
        <translation>Не пришёл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+T: the person signed up did not come</source>
        <translation>Ctrl+Shift+T: записавшийся не пришёл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;list…</source>
        <translation>Пе&amp;чать списка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+P: the list of persons signed up (R-22, R-27, R-37)</source>
        <translation>Ctrl+P: список лиц, записавшихся на приём (R-22, R-27, R-37)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List to P&amp;DF…</source>
        <translation>Список &amp;в PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusal le&amp;tter…</source>
        <translation>Письмо об о&amp;тказе…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter to the applicant of the selected refused request (R-20, R-26, R-34)</source>
        <translation>Письмо заявителю по выбранной заявке, в записи по которой отказано (R-20, R-26, R-34)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter to PDF…</source>
        <translation>Письмо в PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District level: no pre-registration and no refusal — citizens are received daily without signing up (R-39, R-41).</source>
        <translation>Районный уровень: предварительной записи и отказов в записи нет — граждане принимаются ежедневно без записи (R-39, R-41).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Канал поступления</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Essence</source>
        <translation>Суть обращения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ticket</source>
        <translation>Талон</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>No approved reception in this month: approve the schedule lines in Schedules.</source>
        <translation>В этом месяце нет утверждённого приёма: утвердите строки графика в разделе «Графики приёма».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level: %1 (%2)</source>
        <translation>Уровень: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This official receives without pre-registration.</source>
        <translation>Это должностное лицо ведёт приём без предварительной записи.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last day of intake: %1 (%2)</source>
        <translation>Последний день записи: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Registration closed on %1 by %2: %n person(s) signed up.</source>
        <translation>
            <numerusform>Запись закрыта %1 пользователем %2: записан %n человек.</numerusform>
            <numerusform>Запись закрыта %1 пользователем %2: записаны %n человека.</numerusform>
            <numerusform>Запись закрыта %1 пользователем %2: записано %n человек.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registration is open.</source>
        <translation>Запись открыта.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registration is closed: %1</source>
        <translation>Запись закрыта: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Справка on each request due: %1 (R-17)</source>
        <translation>Справка по каждой заявке — срок: %1 (R-17)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Справки on the persons signed up due: %1 (%2)</source>
        <translation>Справки о записавшихся лицах — срок: %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The source lists no refusal grounds for this level.</source>
        <translation>Правила не предусматривают оснований отказа для этого уровня.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> for %1</source>
        <translation> для %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (out of town)</source>
        <translation> (иногородний)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>agreed with %1 on %2</source>
        <translation>согласовано: %1, %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed up: %1 · awaiting agreement: %2 · refused: %3 · returned: %4</source>
        <translation>Записано: %1 · ожидают согласования: %2 · отказано: %3 · возвращено: %4</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sign up for the reception</source>
        <translation>Запись на приём</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Channel (R-3):</source>
        <translation>Канал поступления (R-3):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant:</source>
        <translation>Заявитель:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN:</source>
        <translation>ИИН:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On behalf of another person (R-3)</source>
        <translation>В интересах другого лица (R-3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Represented person:</source>
        <translation>Представляемое лицо:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority to file:</source>
        <translation>Полномочия на подачу:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Essence (without it the request is returned, R-3):</source>
        <translation>Суть обращения (без неё заявка возвращается, R-3):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-town visitor (R-8)</source>
        <translation>Иногородний заявитель (R-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment time (HH:mm, optional):</source>
        <translation>Время приёма (ЧЧ:ММ, необязательно):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protest against a court act (R-21)</source>
        <translation>опротестование судебного акта (R-21)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeated, with new arguments (R-21, R-35)</source>
        <translation>повторное, с новыми доводами (R-21, R-35)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protest petition to the Supreme Court (R-21)</source>
        <translation>ходатайство о принесении протеста в Верховный Суд (R-21)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To agree with the subdivision:</source>
        <translation>Согласовать с подразделением:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the instruction of a higher office (R-3, R-24, R-29)</source>
        <translation>По поручению вышестоящей прокуратуры (R-3, R-24, R-29)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instruction from:</source>
        <translation>Поручение от:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Appointment time: not a time HH:mm: %1</source>
        <translation>Время приёма: не является временем ЧЧ:ММ: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select the request to refuse.</source>
        <translation>Выберите заявку, в записи по которой нужно отказать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refuse the request</source>
        <translation>Отказ в записи на приём</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ground (%1):</source>
        <translation>Основание (%1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation given to the applicant (R-20, R-26, R-34):</source>
        <translation>Разъяснение, данное заявителю (R-20, R-26, R-34):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ground: choose the ground of refusal.</source>
        <translation>Основание: выберите основание отказа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explanation: write the explanation given to the applicant.</source>
        <translation>Разъяснение: укажите разъяснение, данное заявителю.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select the request agreed with the subdivision.</source>
        <translation>Выберите заявку, согласованную с подразделением.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement with the subdivision</source>
        <translation>Согласование с подразделением</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subdivision (R-21, R-35):</source>
        <translation>Подразделение (R-21, R-35):</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+14"/>
        <source>Select the person signed up first.</source>
        <translation>Сначала выберите записавшегося.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ticket %1 for %2: called at %3.</source>
        <translation>Талон %1 для %2: вызов в %3.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Справки to chase:</source>
        <translation>Справки, которые нужно запросить:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close registration</source>
        <translation>Закрытие записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close registration for %1? Nobody else can be signed up.</source>
        <translation>Закрыть запись на %1? Больше никого записать будет нельзя.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+30"/>
        <source>The PDF could not be written: %1</source>
        <translation>Не удалось записать файл PDF: %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Select a refused request: the letter states its ground and explanation.</source>
        <translation>Выберите заявку, в записи по которой отказано: в письме указываются основание отказа и разъяснение.</translation>
    </message>
</context>
<context>
    <name>armcpg::QueueSection</name>
    <message>
        <location filename="../ui/queue/QueueSection.cpp" line="+106"/>
        <source>&amp;Operator panel</source>
        <translation>&amp;Панель оператора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Statistics</source>
        <translation>&amp;Статистика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk window (Ctrl+Shift+K)</source>
        <translation>Окно терминала (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display board (Ctrl+Shift+B)</source>
        <translation>Информационное табло (Ctrl+Shift+B)</translation>
    </message>
</context>
<context>
    <name>armcpg::QueueStatsPage</name>
    <message>
        <location filename="../ui/queue/QueueStatsPage.cpp" line="+154"/>
        <source>Computing…</source>
        <translation>Вычисление…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Alert: the wait passed %1 min. %2 has waited %3 min; %4 waiting over the limit.</source>
        <translation>Внимание: ожидание превысило %1 мин. Талон %2 ожидает %3 мин; сверх лимита ожидают: %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody is waiting now.</source>
        <translation>Сейчас никто не ожидает.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest wait now: %1 min (%2), within the limit of %3 min.</source>
        <translation>Наибольшее текущее ожидание: %1 мин (%2), в пределах лимита %3 мин.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;From:</source>
        <translation>О&amp;т:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group by:</source>
        <translation>&amp;Группировать по:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>дням</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>неделям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>месяцам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute (F5)</source>
        <translation>Рассчитать (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert the head after a wait of:</source>
        <translation>Оповещать руководителя при ожидании свыше:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the limit</source>
        <translation>Установить лимит</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Served per hour</source>
        <translation>Обслужено по часам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Served per desk</source>
        <translation>Обслужено по окнам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Served per prosecutor</source>
        <translation>Обслужено по прокурорам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait by period, min</source>
        <translation>Ожидание по периодам, мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean</source>
        <translation>среднее</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90th percentile</source>
        <translation>90-й процентиль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Served</source>
        <translation>Обслужено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No-shows</source>
        <translation>Неявки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No-show rate</source>
        <translation>Доля неявок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait, mean</source>
        <translation>Ожидание, среднее</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait, median</source>
        <translation>Ожидание, медиана</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait, 90th pct.</source>
        <translation>Ожидание, 90-й проц.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait, max</source>
        <translation>Ожидание, макс.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service, mean</source>
        <translation>Обслуживание, среднее</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service, 90th pct.</source>
        <translation>Обслуживание, 90-й проц.</translation>
    </message>
</context>
<context>
    <name>armcpg::QueueWatcher</name>
    <message>
        <location filename="../core/queue/QueueWatcher.cpp" line="+47"/>
        <source>cannot read the queue: %1</source>
        <translation>не удаётся прочитать очередь: %1</translation>
    </message>
</context>
<context>
    <name>armcpg::ReceptionCardForm</name>
    <message>
        <location filename="../ui/reception/ReceptionCardForm.cpp" line="+249"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print preview (Ctrl+P)</source>
        <translation>Предварительный просмотр (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oral appeal protocol (Ctrl+Shift+P)</source>
        <translation>Протокол устного обращения (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Registration (1–8)</source>
        <translation>Регистрация (1–8)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>given at the first save</source>
        <translation>присваивается при первом сохранении</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Applicant (9–18)</source>
        <translation>Заявитель (9–18)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1056"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location line="-1055"/>
        <location line="+1055"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location line="-1011"/>
        <source>Addresses and phones (19–22)</source>
        <translation>Адреса и телефоны (19–22)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Question and decision (23–25)</source>
        <translation>Вопрос и решение (23–25)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The reception (26–29, 31–34)</source>
        <translation>Приём (26–29, 31–34)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Duty post… (Ctrl+D)</source>
        <translation>Место дежурства… (Ctrl+D)</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Complete the appeal&apos;s registration… (Ctrl+Shift+R)</source>
        <translation>Завершить регистрацию обращения… (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Reception by videoconference only: a state of emergency or quarantine is in force (R-11). %1</source>
        <translation>Прием только по ВКС: действует чрезвычайное положение или карантин (R-11). %1</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Record of the reception (R-6, R-7, R-10, R-11, R-13, R-45, R-47–R-51)</source>
        <translation>Ход приёма (R-6, R-7, R-10, R-11, R-13, R-45, R-47–R-51)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Comments (30, 35, 36)</source>
        <translation>Комментарии (30, 35, 36)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earlier card</source>
        <translation>Предыдущая карточка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed</source>
        <translation>Что изменено</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1023"/>
        <source>Earlier visits</source>
        <translation>Предыдущие посещения</translation>
    </message>
    <message>
        <location line="-1023"/>
        <location line="+1023"/>
        <source>Earlier visits (%1)</source>
        <translation>Предыдущие посещения (%1)</translation>
    </message>
    <message>
        <location line="-1022"/>
        <source>History</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Required</source>
        <translation>Обязательное поле</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+427"/>
        <source>&quot;%1&quot; is not a date that exists (dd.mm.yyyy)</source>
        <translation>&quot;%1&quot; не является существующей датой (дд.мм.гггг)</translation>
    </message>
    <message>
        <location line="-376"/>
        <source>8 701 234 56 78</source>
        <translation>8 701 234 56 78</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>New reception card (ЛП-1)</source>
        <translation>Новая карточка приёма (ЛП-1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reception card (ЛП-1) No. %1</source>
        <translation>Карточка приёма (ЛП-1) № %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(read only: your roles do not record receptions)</source>
        <translation>(только просмотр: ваши роли не предусматривают регистрацию приёма)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appeal %1 registered from this reception (R-51)</source>
        <translation>По итогам этого приёма зарегистрировано обращение %1 (R-51)</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Unsaved card</source>
        <translation>Несохранённая карточка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A card that was being filled was not saved (%1). Restore it?</source>
        <translation>Заполнявшаяся карточка не была сохранена (%1). Восстановить её?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no name yet</source>
        <translation>ФИО ещё не указаны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This card has changes that were not saved. Restore them?</source>
        <translation>В этой карточке есть несохранённые изменения. Восстановить их?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Отказаться</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+241"/>
        <source>&quot;%1&quot; is not in the list: type part of a name and pick it</source>
        <translation>&quot;%1&quot; отсутствует в списке: введите часть наименования и выберите значение из списка</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>&quot;%1&quot; is not in KATO: type part of a name and pick it</source>
        <translation>&quot;%1&quot; отсутствует в КАТО: введите часть наименования и выберите значение из списка</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not in the list of officials: pick a name from the list</source>
        <translation>&quot;%1&quot; отсутствует в списке должностных лиц: выберите должностное лицо из списка</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The card has changes that are not saved. Discard them?</source>
        <translation>В карточке есть несохранённые изменения. Отменить их?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Duty post: %1, %2</source>
        <translation>Место дежурства: %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No duty post set</source>
        <translation>Место дежурства не задано</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Duty post</source>
        <translation>Место дежурства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The detention facility this workstation is in now (R-6). New cards start in it. Leave both fields empty to clear the post.</source>
        <translation>Учреждение, в котором сейчас находится это рабочее место (R-6). Новые карточки заполняются с этим учреждением. Чтобы снять место дежурства, оставьте оба поля пустыми.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>%1 of 12 digits</source>
        <translation>%1 из 12 цифр</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Valid: born %1, %2</source>
        <translation>ИИН корректен: дата рождения %1, пол %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&quot;%1&quot; is not a phone number (10 digits, e.g. 8 701 234 56 78)</source>
        <translation>&quot;%1&quot; не является номером телефона (10 цифр, например 8 701 234 56 78)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Tick to link this card to the one being filled</source>
        <translation>Отметьте, чтобы связать эту карточку с заполняемой</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No earlier cards of this person were found (by IIN, or by surname, given name and date of birth).</source>
        <translation>Предыдущие карточки этого лица не найдены (ни по ИИН, ни по фамилии, имени и дате рождения).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>This person (same IIN) has %n earlier card(s). Tick those on the same question to link them.</source>
        <translation>
            <numerusform>У этого лица (тот же ИИН) есть %n предыдущая карточка. Отметьте карточки по тому же вопросу, чтобы связать их.</numerusform>
            <numerusform>У этого лица (тот же ИИН) есть %n предыдущие карточки. Отметьте карточки по тому же вопросу, чтобы связать их.</numerusform>
            <numerusform>У этого лица (тот же ИИН) есть %n предыдущих карточек. Отметьте карточки по тому же вопросу, чтобы связать их.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n earlier card(s) with the same name and date of birth. Tick those of this person on the same question to link them.</source>
        <translation>
            <numerusform>Найдена %n предыдущая карточка с теми же ФИО и датой рождения. Отметьте карточки этого лица по тому же вопросу, чтобы связать их.</numerusform>
            <numerusform>Найдены %n предыдущие карточки с теми же ФИО и датой рождения. Отметьте карточки этого лица по тому же вопросу, чтобы связать их.</numerusform>
            <numerusform>Найдено %n предыдущих карточек с теми же ФИО и датой рождения. Отметьте карточки этого лица по тому же вопросу, чтобы связать их.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>created</source>
        <translation>создана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>изменена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>удалена</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Linked cards</source>
        <translation>Связанные карточки</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>armcpg::RedirectDialog</name>
    <message>
        <location filename="../ui/queue/OperatorDialogs.cpp" line="-60"/>
        <source>Redirect the ticket</source>
        <translation>Перенаправление талона</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>any desk</source>
        <translation>любое окно</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the same service</source>
        <translation>та же услуга</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any prosecutor</source>
        <translation>любой прокурор</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To &amp;desk:</source>
        <translation>В &amp;окно:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To &amp;service:</source>
        <translation>На &amp;услугу:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To &amp;prosecutor:</source>
        <translation>К п&amp;рокурору:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redirect</source>
        <translation>&amp;Перенаправить</translation>
    </message>
</context>
<context>
    <name>armcpg::SchedulePage</name>
    <message>
        <location filename="../ui/schedule/SchedulePage.cpp" line="+89"/>
        <source>(all organisations)</source>
        <translation>(все организации)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Save for the website</source>
        <translation>Сохранить для сайта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (*.html);;CSV (*.csv)</source>
        <translation>Веб-страница (*.html);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Reception schedules</source>
        <translation>Графики приёма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month:</source>
        <translation>&amp;Месяц:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add line</source>
        <translation>&amp;Добавить строку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pprove</source>
        <translation>&amp;Утвердить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+A: the head approves the line (R-4)</source>
        <translation>Ctrl+Shift+A: руководитель утверждает строку (R-4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>Уд&amp;алить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;int sheet…</source>
        <translation>&amp;Печать графика…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+P: the approved schedule in Kazakh and Russian for posting (R-5, R-6)</source>
        <translation>Ctrl+P: утверждённый график на казахском и русском языках для размещения (R-5, R-6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet to P&amp;DF…</source>
        <translation>&amp;График в PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the &amp;website…</source>
        <translation>Для &amp;сайта…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E: the approved schedule as a web page (.html) or CSV (.csv) (R-5)</source>
        <translation>Ctrl+Shift+E: утвержденный график как веб-страница (.html) или CSV (.csv) (R-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off-schedule i&amp;nstruction…</source>
        <translation>По&amp;ручение вне графика…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+N: instruct an oblast or district prosecutor or a deputy to receive a visitor outside the schedule (R-50)</source>
        <translation>Ctrl+Shift+N: поручить прокурору области или района либо заместителю принять посетителя вне графика (R-50)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print ins&amp;truction…</source>
        <translation>Печать пор&amp;учения…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected off-schedule instruction as a document (R-50)</source>
        <translation>Выбранное поручение о приеме вне графика как документ (R-50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instruction to PDF…</source>
        <translation>Поручение в PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instruction &amp;language:</source>
        <translation>&amp;Язык поручения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts and frequency warnings of the month</source>
        <translation>Конфликты и предупреждения о периодичности приёма за месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>Должностное лицо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours</source>
        <translation>Часы приёма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place (kk)</source>
        <translation>Место (каз.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place (ru)</source>
        <translation>Место (рус.)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>last %1 of the month</source>
        <translation>%1 (последняя неделя месяца)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 no. %2 of the month</source>
        <translation>%1 (%2-я неделя месяца)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>approved</source>
        <translation>утверждено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved by %1 on %2</source>
        <translation>утверждено: %1, %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>instructed by %1 on %2</source>
        <translation>поручил(а) %1, %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No conflicts, no frequency warnings.</source>
        <translation>Конфликтов и предупреждений о периодичности нет.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>New schedule line</source>
        <translation>Новая строка графика</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schedule line</source>
        <translation>Строка графика</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+171"/>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+171"/>
        <source>Official (a user):</source>
        <translation>Должностное лицо (пользователь):</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+171"/>
        <source>Or type the official&apos;s name and position (a user chosen above fills what is left empty).</source>
        <translation>Или введите ФИО и должность должностного лица (незаполненное берётся у пользователя, выбранного выше).</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+171"/>
        <source>Official&apos;s name:</source>
        <translation>ФИО должностного лица:</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+171"/>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility type (duty prosecutor, R-6):</source>
        <translation>Тип учреждения (дежурный прокурор, R-6):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility:</source>
        <translation>Учреждение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— a single date —</source>
        <translation>— одна дата —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekday:</source>
        <translation>День недели:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every week</source>
        <translation>каждая неделя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>week %1 of the month</source>
        <translation>%1-я неделя месяца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last of the month</source>
        <translation>последняя неделя месяца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week of the month:</source>
        <translation>Неделя месяца:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date (a single date, dd.MM.yyyy):</source>
        <translation>Дата (одна дата, ДД.ММ.ГГГГ):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from (dd.MM.yyyy):</source>
        <translation>Действует с (ДД.ММ.ГГГГ):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid to (dd.MM.yyyy, empty: open):</source>
        <translation>Действует по (ДД.ММ.ГГГГ; пусто — бессрочно):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+157"/>
        <source>From (HH:mm):</source>
        <translation>С (ЧЧ:ММ):</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+157"/>
        <source>To (HH:mm):</source>
        <translation>До (ЧЧ:ММ):</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+157"/>
        <source>Place (Kazakh):</source>
        <translation>Место (на казахском):</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+157"/>
        <source>Place (Russian):</source>
        <translation>Место (на русском):</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 not a date dd.MM.yyyy: %2</source>
        <translation>%1 не является датой ДД.ММ.ГГГГ: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+155"/>
        <source>%1 not a time HH:mm: %2</source>
        <translation>%1 не является временем ЧЧ:ММ: %2</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from:</source>
        <translation>Действует с:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid to:</source>
        <translation>Действует по:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+152"/>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+152"/>
        <source>To:</source>
        <translation>До:</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Remove the line</source>
        <translation>Удаление строки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected schedule line?</source>
        <translation>Удалить выбранную строку графика?</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+114"/>
        <source>The PDF could not be written: %1</source>
        <translation>Не удалось записать файл PDF: %1</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>%1 could not be written: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Off-schedule reception instruction (R-50)</source>
        <translation>Поручение о приеме вне графика (R-50)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When circumstances cannot wait, the ЦПГ prosecutor instructs an oblast or district prosecutor or a deputy, in writing or orally, to organise a reception outside the schedule (R-50).</source>
        <translation>При не терпящих отлагательства обстоятельствах прокурор ЦПГ письменно или устно поручает прокурору области или района либо заместителю организовать прием вне графика (R-50).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Form of the instruction:</source>
        <translation>Форма поручения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date (dd.MM.yyyy):</source>
        <translation>Дата (дд.ММ.гггг):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Visitor:</source>
        <translation>Посетитель:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ЛП-1 card number (if any):</source>
        <translation>Номер карточки ЛП-1 (если есть):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it cannot wait:</source>
        <translation>Почему не терпит отлагательства:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Date: not a date dd.MM.yyyy: %1</source>
        <translation>Дата: не дата дд.ММ.гггг: %1</translation>
    </message>
</context>
<context>
    <name>armcpg::SettingsTab</name>
    <message>
        <location filename="../ui/admin/SettingsTab.cpp" line="+119"/>
        <source>In force since %1 (switched on by %2).</source>
        <translation>Действует с %1 (включил(а) %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in force (switched off on %1 by %2).</source>
        <translation>Не действует (выключил(а) %2, %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in force.</source>
        <translation>Не действует.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved: terms now count the day of receipt.</source>
        <translation>Сохранено: теперь день поступления включается в срок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved: terms now start on the day after receipt.</source>
        <translation>Сохранено: теперь срок исчисляется со дня, следующего за днём поступления.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved: the last day of pre-registration still takes requests.</source>
        <translation>Сохранено: в последний день предварительной записи заявки ещё принимаются.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved: pre-registration closes the day before its last day.</source>
        <translation>Сохранено: предварительная запись закрывается накануне её последнего дня.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved: reception is by videoconference only on every workstation (R-11).</source>
        <translation>Сохранено: прием только по ВКС на всех рабочих местах (R-11).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved: reception in person is allowed again.</source>
        <translation>Сохранено: личный прием снова разрешён.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The day of &amp;receipt counts in a term</source>
        <translation>&amp;День поступления включается в срок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off (the default): a term is counted from the day after the appeal was received, as general Kazakh rules on computing terms do; the rules on appeals do not say otherwise. Turn it on only when the prosecutor&apos;s office has decided that the day of receipt is the first day of the term. The change applies to terms computed from now on, on every workstation.</source>
        <translation>Выключено (по умолчанию): срок исчисляется со дня, следующего за днём поступления обращения, как предусмотрено общими правилами исчисления сроков в Республике Казахстан; правила рассмотрения обращений иного не устанавливают. Включайте, только если орган прокуратуры решил считать день поступления первым днём срока. Изменение применяется к срокам, вычисляемым с этого момента, на всех рабочих местах.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The &amp;last day of pre-registration still takes requests (R-18, R-36)</source>
        <translation>В &amp;последний день предварительной записи заявки ещё принимаются (R-18, R-36)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On (the default): registration closes 5 working days before a reception by the General Prosecutor, the deputies and the subdivision heads (R-18) and 1 working day before other receptions (R-36), and that closing day still takes requests. Off: the closing day no longer takes them. The change applies on every workstation.</source>
        <translation>Включено (по умолчанию): запись закрывается за 5 рабочих дней до приема Генеральным Прокурором, заместителями и руководителями подразделений (R-18) и за 1 рабочий день до остальных приемов (R-36), и в этот день заявки ещё принимаются. Выключено: в этот день заявки уже не принимаются. Изменение действует на всех рабочих местах.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Emergency: reception by videoconference only (R-11)</source>
        <translation>Чрезвычайная ситуация: прием только по ВКС (R-11)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Decree of the President of 15.03.2026 No. 285 on the state of emergency</source>
        <translation>напр. Указ Президента от 15.03.2026 № 285 о введении чрезвычайного положения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reception by &amp;videoconference only</source>
        <translation>Прием только по &amp;ВКС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under a state of emergency or quarantine citizens are received by videoconference only: a card ЛП-1 of a held reception must be online; the kiosk, the status bar and the posted schedule say so. Only a head or an administrator can switch it.</source>
        <translation>При чрезвычайном положении или карантине граждане принимаются только по ВКС: карточка ЛП-1 проведённого приема должна быть онлайн; об этом сообщают киоск, строка состояния и вывешенный график. Переключить может только руководитель или администратор.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Only an administrator can change settings</source>
        <translation>Изменять настройки может только администратор</translation>
    </message>
</context>
<context>
    <name>armcpg::SigningMatrixTab</name>
    <message>
        <location filename="../ui/admin/SigningMatrixTab.cpp" line="+76"/>
        <source>Deputy&apos;s request (I-12)</source>
        <translation>Депутатский запрос (I-12)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose the row of a decision first.</source>
        <translation>Сначала выберите строку решения.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Who signs the answer to each decision (I-88). A tick lets that level sign; a change is saved at once for every workstation. &quot;Reset row&quot; returns to the matrix shipped with the program. A user&apos;s level is set on the Users tab.</source>
        <translation>Кто подписывает ответ по каждому решению (I-88). Отметка разрешает подпись этому уровню; изменение сразу сохраняется для всех рабочих мест. «Вернуть строку» восстанавливает матрицу, поставляемую с программой. Уровень пользователя задаётся на вкладке «Пользователи».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reset row</source>
        <translation>&amp;Вернуть строку</translation>
    </message>
</context>
<context>
    <name>armcpg::SyncPage</name>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="+197"/>
        <location line="+100"/>
        <location line="+31"/>
        <source>Cannot save: %1</source>
        <translation>Не удаётся сохранить: %1</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Sync: working on the central database directly</source>
        <translation>Синхронизация: работа непосредственно с центральной базой данных</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync: no central database</source>
        <translation>Синхронизация: центральная база данных не задана</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <location line="+174"/>
        <source>never</source>
        <translation>не выполнялась</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Sync: %1</source>
        <translation>Синхронизация: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waiting</source>
        <comment>changes not yet sent to the centre</comment>
        <translation>
            <numerusform>%n изменение ждёт отправки</numerusform>
            <numerusform>%n изменения ждут отправки</numerusform>
            <numerusform>%n изменений ждут отправки</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>сбой</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This workstation works on the central database directly: there is nothing to sync.</source>
        <translation>Это рабочее место работает непосредственно с центральной базой данных: синхронизировать нечего.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No central database address is set.</source>
        <translation>Адрес центральной базы данных не задан.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central database: %1</source>
        <translation>Центральная база данных: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful sync: %1</source>
        <translation>Последняя успешная синхронизация: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last attempt: %1</source>
        <translation>Последняя попытка: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n изменение ожидает отправки</numerusform>
            <numerusform>%n изменения ожидают отправки</numerusform>
            <numerusform>%n изменений ожидают отправки</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest waiting change: %1</source>
        <translation>Самое раннее изменение, ожидающее отправки: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error: %1</source>
        <translation>Последняя ошибка: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n неразрешённый конфликт</numerusform>
            <numerusform>%n неразрешённых конфликта</numerusform>
            <numerusform>%n неразрешённых конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or press Ctrl+8 for the Sync page.</source>
        <translation>Щёлкните или нажмите Ctrl+8, чтобы открыть страницу синхронизации.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Central database address</source>
        <translation>Адрес центральной базы данных</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No central database: this workstation does not sync.</source>
        <translation>Центральная база данных не задана: это рабочее место не синхронизируется.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the address must start with postgresql://</source>
        <translation>адрес должен начинаться с postgresql://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the address names no database role: postgresql://role@host:port/database</source>
        <translation>в адресе не указана роль базы данных: postgresql://role@host:port/database</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The central database address is saved.</source>
        <translation>Адрес центральной базы данных сохранён.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot sync: %1</source>
        <translation>Не удаётся выполнить синхронизацию: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling after the current batch…</source>
        <translation>Отмена после завершения текущего пакета…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connecting to the central database…</source>
        <translation>Подключение к центральной базе данных…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sending changes: %v of %m</source>
        <translation>Отправка изменений: %v из %m</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receiving changes: %v of %m</source>
        <translation>Получение изменений: %v из %m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending this workstation&apos;s changes…</source>
        <translation>Отправка изменений этого рабочего места…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receiving the centre&apos;s changes…</source>
        <translation>Получение изменений центра…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled: sent %1, received %2; what was done stays done.</source>
        <translation>Отменено: отправлено %1, получено %2; выполненное сохраняется.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Synced: sent %1, received %2, %n new conflict(s).</source>
        <translation>
            <numerusform>Синхронизировано: отправлено %1, получено %2, %n новый конфликт.</numerusform>
            <numerusform>Синхронизировано: отправлено %1, получено %2, %n новых конфликта.</numerusform>
            <numerusform>Синхронизировано: отправлено %1, получено %2, %n новых конфликтов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync failed: %1</source>
        <translation>Синхронизация не выполнена: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n change(s), the oldest from %1</source>
        <translation>
            <numerusform>%n изменение, самое раннее от %1</numerusform>
            <numerusform>%n изменения, самое раннее от %1</numerusform>
            <numerusform>%n изменений, самое раннее от %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n изменение</numerusform>
            <numerusform>%n изменения</numerusform>
            <numerusform>%n изменений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation>информация</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1, %2: this device&apos;s value is taken.</source>
        <translation>%1, %2: принято значение этого устройства.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2: the centre&apos;s value is kept.</source>
        <translation>%1, %2: оставлено значение центра.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot resolve the conflict: %1</source>
        <translation>Не удаётся разрешить конфликт: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This workstation keeps its data in its own file and exchanges changes with the central database: its changes go there, and the centre&apos;s directories, calendar, users and records of its organisation come back.</source>
        <translation>Это рабочее место хранит данные в собственном файле и обменивается изменениями с центральной базой данных: его изменения передаются туда, а обратно поступают справочники, календарь и пользователи центра, а также записи его организации.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This workstation works on the central database directly: there is nothing to sync. Conflicts reported by laptops are resolved here.</source>
        <translation>Это рабочее место работает непосредственно с центральной базой данных: синхронизировать нечего. Здесь разрешаются конфликты, о которых сообщают ноутбуки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Central database</source>
        <translation>Центральная база данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central database &amp;address</source>
        <translation>&amp;Адрес центральной базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postgresql://role@host:5432/database?sslmode=verify-full</source>
        <translation>postgresql://role@host:5432/database?sslmode=verify-full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept in memory only; empty: PGPASSWORD or ~/.pgpass</source>
        <translation>хранится только в памяти; если пусто — PGPASSWORD или ~/.pgpass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync a&amp;utomatically</source>
        <translation>Синхронизировать авто&amp;матически</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every two minutes while the centre is reachable</source>
        <translation>Каждые две минуты, пока центр доступен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync &amp;now (F5)</source>
        <translation>Синхронизировать с&amp;ейчас (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful sync:</source>
        <translation>Последняя успешная синхронизация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting:</source>
        <translation>Изменения, ожидающие отправки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open conflicts:</source>
        <translation>Неразрешённые конфликты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error:</source>
        <translation>Последняя ошибка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts: the same field changed here and at the centre</source>
        <translation>Конфликты: одно и то же поле изменено здесь и в центре</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centre&apos;s value</source>
        <translation>Значение центра</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This device&apos;s value</source>
        <translation>Значение этого устройства</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detected</source>
        <translation>Обнаружен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the centre&apos;s value</source>
        <translation>&amp;Оставить значение центра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take this device&apos;s value</source>
        <translation>При&amp;нять значение этого устройства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>armcpg::SyncRunner</name>
    <message>
        <location filename="../ui/sync/SyncRunner.cpp" line="+59"/>
        <source>a sync is running already</source>
        <translation>синхронизация уже выполняется</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this workstation works on the central database directly: there is nothing to sync</source>
        <translation>это рабочее место работает непосредственно с центральной базой данных: синхронизировать нечего</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no central database address is set</source>
        <translation>адрес центральной базы данных не задан</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the central database address must start with postgresql://</source>
        <translation>адрес центральной базы данных должен начинаться с postgresql://</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled before the centre was reached</source>
        <translation>отменено до подключения к центру</translation>
    </message>
</context>
<context>
    <name>armcpg::UserDialog</name>
    <message>
        <location filename="../ui/admin/UserDialog.cpp" line="-167"/>
        <source>&amp;Active: may sign in</source>
        <translation>&amp;Активен: может входить в систему</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User %1</source>
        <translation>Пользователь %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit user %1</source>
        <translation>Изменение пользователя %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Latin lower-case letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;</source>
        <translation>Строчные латинские буквы, цифры, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roles *</source>
        <translation>Роли *</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Login *</source>
        <translation>&amp;Логин *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name *</source>
        <translation>&amp;ФИО *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation *</source>
        <translation>&amp;Организация *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Position</source>
        <translation>&amp;Должность</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at least 8 characters</source>
        <translation>не менее 8 символов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass&amp;word *</source>
        <translation>&amp;Пароль *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the password *</source>
        <translation>Повто&amp;рите пароль *</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reset pass&amp;word…</source>
        <translation>Сбросить пар&amp;оль…</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+51"/>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>&quot;%1&quot; is not an organisation of the directory</source>
        <translation>&quot;%1&quot; не является организацией из справочника</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+49"/>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>&quot;%1&quot; is not a position of the directory</source>
        <translation>&quot;%1&quot; не является должностью из справочника</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+51"/>
        <source>repeat the password</source>
        <translation>повтор пароля</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>the two passwords differ</source>
        <translation>пароли не совпадают</translation>
    </message>
</context>
<context>
    <name>armcpg::UsersTab</name>
    <message>
        <location filename="../ui/admin/UsersTab.cpp" line="+121"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The signing level of %1 was saved.</source>
        <translation>Уровень подписания пользователя %1 сохранён.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The user %1 was created.</source>
        <translation>Пользователь %1 создан.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The user %1 was saved.</source>
        <translation>Данные пользователя %1 сохранены.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The password of %1 was set; they choose their own at the next sign-in.</source>
        <translation>Пароль пользователя %1 задан; при следующем входе в систему пользователь задаст собственный.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Добавить пользователя…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a user (Ins)</source>
        <translation>Добавить пользователя (Ins)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected user (Enter, F2, double-click)</source>
        <translation>Изменить выбранного пользователя (Enter, F2, двойной щелчок)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset password…</source>
        <translation>Сбросить пар&amp;оль…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a new password; the user chooses their own at the next sign-in</source>
        <translation>Задать новый пароль; при следующем входе в систему пользователь задаст собственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gns answers as:</source>
        <translation>&amp;Подписывает ответы как:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The level at which the selected user signs answers (I-88: the signing matrix)</source>
        <translation>Уровень, на котором выбранный пользователь подписывает ответы (I-88: матрица подписания)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(does not sign)</source>
        <translation>(не подписывает)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Only an administrator can change users</source>
        <translation>Изменять пользователей может только администратор</translation>
    </message>
</context>
<context>
    <name>armcpg::WorkstationTab</name>
    <message>
        <location filename="../ui/admin/WorkstationTab.cpp" line="-6"/>
        <source>&quot;%1&quot; is not an organisation of the directory</source>
        <translation>&quot;%1&quot; не является организацией из справочника</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved: this workstation writes as %1 for %2.</source>
        <translation>Сохранено: это рабочее место записывает данные как устройство %1 организации %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Device id:</source>
        <translation>&amp;Идентификатор устройства:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the device id only to give a reinstalled workstation back its own identity: two workstations writing as one device would clash in card numbers and in sync.</source>
        <translation>Изменяйте идентификатор устройства только для того, чтобы вернуть переустановленному рабочему месту его собственный идентификатор: два рабочих места, работающие как одно устройство, вызовут конфликты номеров карточек и синхронизации.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an administrator can change the workstation</source>
        <translation>Изменять параметры рабочего места может только администратор</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/armcpg/main.cpp" line="+86"/>
        <location line="+11"/>
        <source>АРМ «ЦПГ»</source>
        <translation>АРМ «ЦПГ»</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Password of %1 for the database %2:</source>
        <translation>Пароль пользователя %1 для базы данных %2:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database cannot be opened.

%1</source>
        <translation>Не удаётся открыть базу данных.

%1</translation>
    </message>
</context>
</TS>
