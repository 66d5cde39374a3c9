<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../core/settings/AppSettings.cpp" line="+32"/>
        <source>change settings</source>
        <translation>баптауларды өзгерту</translation>
    </message>
</context>
<context>
    <name>AppealAssignment</name>
    <message>
        <location filename="../core/appeal/AppealAssignment.cpp" line="+84"/>
        <source>there is no active user %1</source>
        <translation>белсенді %1 пайдаланушысы жоқ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is the official whose actions are complained about: the appeal is never assigned to them (I-61)</source>
        <translation>%1 — әрекеттеріне шағым жасалып отырған лауазымды тұлға: өтініш оған ешқашан орындауға берілмейді (I-61)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 handled the same applicant&apos;s earlier appeal %2: a reception appeal is not assigned to whoever handled the applicant&apos;s question before (R-53)</source>
        <translation>%1 осы өтініш берушінің бұрынғы %2 өтінішін қараған: жеке қабылдаудан түскен өтініш өтініш берушінің мәселесін бұрын қараған адамға орындауға берілмейді (R-53)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the earlier appeals of the applicant could not be checked (R-53): %1</source>
        <translation>өтініш берушінің бұрынғы өтініштерін тексеру мүмкін болмады (R-53): %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 resolved the same applicant&apos;s earlier personal reception (ЛП-1 card %2 of %3): a reception appeal is not assigned to whoever handled the applicant&apos;s question before (R-53)</source>
        <translation>%1 осы өтініш берушінің бұрынғы жеке қабылдауы бойынша шешім қабылдаған (%3 күнгі № %2 ЛП-1 карточкасы): жеке қабылдаудан түскен өтініш өтініш берушінің мәселесін бұрын қараған адамға орындауға берілмейді (R-53)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the earlier receptions of the applicant could not be checked (R-53): %1</source>
        <translation>өтініш берушінің бұрынғы жеке қабылдауларын тексеру мүмкін болмады (R-53): %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>assign executors</source>
        <translation>орындаушыларды тағайындау</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Appeal</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the final answer to appeal %1 was sent on %2</source>
        <translation>%1 өтінішіне түпкілікті жауап %2 жіберілген</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lead executor</source>
        <translation>Негізгі орындаушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-executors</source>
        <translation>Қосалқы орындаушылар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead executor: the appeal is assigned to %1 already; hand it over by a transfer with a rapport (I-34)</source>
        <translation>Негізгі орындаушы: өтініш %1 орындаушысына берілген; оны рапорт негізінде басқа орындаушыға беріңіз (I-34)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lead executor is required (I-33)</source>
        <translation>Негізгі орындаушыны көрсету міндетті (I-33)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: there is no active user %2</source>
        <translation>%1: белсенді %2 пайдаланушысы жоқ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 is named twice</source>
        <translation>%1: %2 екі рет көрсетілген</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the executors could not be assigned</source>
        <translation>орындаушыларды тағайындау мүмкін болмады</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>transfer appeals</source>
        <translation>өтініштерді басқа орындаушыға беру</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfer to</source>
        <translation>Кімге беріледі</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Transfer to: the appeal has no lead executor yet; assign it first (I-33)</source>
        <translation>Кімге беріледі: өтініштің әлі негізгі орындаушысы жоқ; алдымен оны тағайындаңыз (I-33)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rapport</source>
        <translation>Рапорт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rapport: a transfer is made on a rapport stating its reasons (I-34)</source>
        <translation>Рапорт: өтініш басқа орындаушыға себептері көрсетілген рапорт негізінде беріледі (I-34)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfer to: there is no active user %1</source>
        <translation>Кімге беріледі: белсенді %1 пайдаланушысы жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer to: %1 is the lead executor already</source>
        <translation>Кімге беріледі: %1 қазірдің өзінде негізгі орындаушы болып табылады</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The rapport is late: it was due within 3 working days of the receipt by %1 on %2, by %3 (D11, I-34)</source>
        <translation>Рапорт кешіктірілген: ол %1 өтінішті алған %2 күннен бастап 3 жұмыс күні ішінде, %3 дейін берілуі тиіс еді (D11, I-34)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the appeal could not be transferred</source>
        <translation>өтінішті басқа орындаушыға беру мүмкін болмады</translation>
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
        <translation>Файл: %1 жоқ</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>File: %1 is %2 MB; the limit is %3 MB</source>
        <translation>Файл: %1 көлемі %2 МБ; шекті көлемі %3 МБ</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>File: %1 cannot be read: %2</source>
        <translation>Файл: %1 оқылмайды: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>attach files to appeals</source>
        <translation>өтініштерге файлдар қосу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File: the file name is required</source>
        <translation>Файл: файл атауын көрсету міндетті</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File: the name %1 is longer than 255 characters</source>
        <translation>Файл: %1 атауы 255 таңбадан ұзын</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File: %1 is empty</source>
        <translation>Файл: %1 бос</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description is longer than %1 characters</source>
        <translation>Сипаттамасы %1 таңбадан ұзын</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>File: %1 could not be stored</source>
        <translation>Файл: %1 сақталмады</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>remove files from appeals</source>
        <translation>өтініштерден файлдарды жою</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File: there is no such attachment</source>
        <translation>Файл: мұндай қосымша файл жоқ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File: %1 could not be removed</source>
        <translation>Файл: %1 жойылмады</translation>
    </message>
</context>
<context>
    <name>AppealDeadline</name>
    <message>
        <location filename="../core/appeal/AppealDeadline.cpp" line="+46"/>
        <source>The terms of the Administrative Procedural Code do not apply to this appeal (I-5, I-13)</source>
        <translation>Бұл өтінішке ӘРПК мерзімдері қолданылмайды (I-5, I-13)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The term in force is %1, that of the main appeal (I-35).</source>
        <translation>Қолданыстағы мерзім — %1, яғни негізгі өтініштің мерзімі (I-35).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The term in force is %1: 10 working days after the inspection ended on %2 (D20, I-52).</source>
        <translation>Қолданыстағы мерзім — %1: тексеру %2 аяқталғаннан кейін 10 жұмыс күні (D20, I-52).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The term in force is %1: extended by the head&apos;s decision (I-52).</source>
        <translation>Қолданыстағы мерзім — %1: басшының шешімімен ұзартылған (I-52).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The term in force is %1.</source>
        <translation>Қолданыстағы мерзім — %1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The complaint was filed after the three-month term: the applicant learned of the act on %1, the term ended on %2. It is accepted all the same; the reasons for the delay are examined on the merits and the term may be restored on petition (I-71, D24).</source>
        <translation>Шағым үш айлық мерзім өткеннен кейін берілген: өтініш беруші акт туралы %1 білген, мерзім %2 аяқталған. Соған қарамастан шағым қабылданады; кешіктіру себептері мәні бойынша қаралады және мерзім өтінішхат бойынша қалпына келтірілуі мүмкін (I-71, D24).</translation>
    </message>
</context>
<context>
    <name>AppealDecisions</name>
    <message>
        <location filename="../core/appeal/AppealDecisions.cpp" line="+104"/>
        <source>record decisions on appeals</source>
        <translation>өтініштер бойынша шешімдерді тіркеу</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+102"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Decision: the appeal&apos;s regime &quot;%1&quot; is decided under its own law, not by the lists of the Instruction (I-5, I-10, I-13)</source>
        <translation>Шешім: &quot;%1&quot; режиміндегі өтініш бойынша шешім Нұсқаулықтың тізбелері бойынша емес, өз заңы бойынша қабылданады (I-5, I-10, I-13)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision: &quot;%1&quot; is not a decision of the directory</source>
        <translation>Шешім: &quot;%1&quot; анықтамалықтағы шешім емес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision: &quot;%1&quot; belongs to the %2 procedure; this appeal is considered in the %3 procedure (I-46, I-69, I-80)</source>
        <translation>Шешім: &quot;%1&quot; %2 рәсіміне жатады; бұл өтініш %3 рәсімінде қаралады (I-46, I-69, I-80)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason: the decision &quot;%1&quot; must be motivated (I-82)</source>
        <translation>Себебі: &quot;%1&quot; шешімі дәлелді болуы тиіс (I-82)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Ground</source>
        <translation>Негіз</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Ground: the decision &quot;%1&quot; needs one of its grounds (I-57, I-74)</source>
        <translation>Негіз: &quot;%1&quot; шешімі үшін оның негіздерінің бірін көрсету қажет (I-57, I-74)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ground: the decision &quot;%1&quot; takes no ground</source>
        <translation>Негіз: &quot;%1&quot; шешіміне негіз көрсетілмейді</translation>
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
        <translation>Акт: әкімшілік актінің қолайлы немесе ауыртпалық түсіретін акт екенін көрсетіңіз (I-47)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Act: the decision &quot;%1&quot; adopts no act</source>
        <translation>Акт: &quot;%1&quot; шешімі бойынша акт қабылданбайды</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+151"/>
        <source>Decided on</source>
        <translation>Шешім қабылданған күн</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Decided on: the date of the decision is required</source>
        <translation>Шешім қабылданған күн: шешім күнін көрсету міндетті</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+151"/>
        <source>Decided on: the date must lie between the receipt and today</source>
        <translation>Шешім қабылданған күн: күн түскен күн мен бүгінгі күн аралығында болуы керек</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Decision: the final answer was sent on %1; the decision stands</source>
        <translation>Шешім: түпкілікті жауап %1 жіберілген; шешім өзгертілмейді</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the decision could not be recorded</source>
        <translation>шешімді тіркеу мүмкін болмады</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>record the signature of answers</source>
        <translation>жауаптарға қол қойылуын тіркеу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signer</source>
        <translation>Қол қоюшы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision: the answer states a decision; record it first</source>
        <translation>Шешім: жауапта шешім көрсетіледі; алдымен шешімді тіркеңіз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer language</source>
        <translation>Жауап тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer language: the answer is in the state language (kk) or in the language of the appeal (%1), not &quot;%2&quot; (I-85)</source>
        <translation>Жауап тілі: жауап &quot;%2&quot; тілінде емес, мемлекеттік тілде (kk) немесе өтініш тілінде (%1) беріледі (I-85)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Signed on</source>
        <translation>Қол қойылған күн</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Signed on: the date of the signature is required</source>
        <translation>Қол қойылған күн: қол қойылған күнді көрсету міндетті</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed on: the date must lie between the decision and today</source>
        <translation>Қол қойылған күн: күн шешім қабылданған күн мен бүгінгі күн аралығында болуы керек</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signer: there is no such active user</source>
        <translation>Қол қоюшы: мұндай белсенді пайдаланушы жоқ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signer: %1 has no signing level (I-88)</source>
        <translation>Қол қоюшы: %1 үшін қол қою деңгейі белгіленбеген (I-88)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signer: %1 (%2) does not sign &quot;%3&quot;; it is signed by: %4 (I-88)</source>
        <translation>Қол қоюшы: %1 (%2) &quot;%3&quot; шешімі бар жауапқа қол қоймайды; оған қол қоятындар: %4 (I-88)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nobody</source>
        <translation>ешкім</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signer: the ЛП-1 card of this reception appeal does not name the official who held the reception, who signs a refusal (R-53)</source>
        <translation>Қол қоюшы: осы жеке қабылдаудан түскен өтініштің ЛП-1 карточкасында бас тарту туралы жауапқа қол қоятын, қабылдауды өткізген лауазымды тұлға көрсетілмеген (R-53)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signer: the appeal from a personal reception is not satisfied, so its answer is signed by the official who held the reception, %1 (R-53)</source>
        <translation>Қол қоюшы: жеке қабылдаудан түскен өтініш қанағаттандырылмаған, сондықтан оған берілетін жауапқа қабылдауды өткізген лауазымды тұлға — %1 қол қояды (R-53)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the signature could not be recorded</source>
        <translation>қол қойылуын тіркеу мүмкін болмады</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>terminate correspondence</source>
        <translation>хат алмасуды тоқтату</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Screening</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Screening: correspondence is terminated on a repeated appeal only (I-57(1), I-58)</source>
        <translation>Алдын ала қарау: хат алмасу тек қайталама өтініш бойынша тоқтатылады (I-57(1), I-58)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Status: correspondence is terminated already</source>
        <translation>Күйі: хат алмасу тоқтатылып қойған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conclusion</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conclusion: the motivated conclusion is required (I-58)</source>
        <translation>Қорытынды: дәлелді қорытынды міндетті (I-58)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved by</source>
        <translation>Бекіткен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved by: the conclusion is approved by a head or a deputy (a user with the role Head; I-58)</source>
        <translation>Бекіткен: қорытындыны басшы немесе оның орынбасары бекітеді (Басшы рөлі бар пайдаланушы; I-58)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>correspondence could not be terminated</source>
        <translation>хат алмасуды тоқтату мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>AppealForm</name>
    <message>
        <location filename="../ui/appeal/AppealForm.cpp" line="+52"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedural regime</source>
        <translation>Іс жүргізу режимі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>Нысаны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Түсу арнасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal entity</source>
        <translation>Заңды тұлға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-applicants</source>
        <translation>Бірлескен өтініш берушілер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Өкіл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressee</source>
        <translation>Адресаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Өтініш тақырыбы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respondent official</source>
        <translation>Әрекетіне шағым жасалған лауазымды тұлға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Essence</source>
        <translation>Өтініштің мәні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results required</source>
        <translation>Нәтижелер талап етіледі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control authority</source>
        <translation>Бақылаушы орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learned of the act on</source>
        <translation>Акт туралы білген күні</translation>
    </message>
</context>
<context>
    <name>AppealJson</name>
    <message>
        <location filename="../core/appeal/AppealJson.cpp" line="+137"/>
        <source>%1: there is no such field of an appeal</source>
        <translation>%1: өтініште мұндай өріс жоқ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: must be text</source>
        <translation>%1: мәтін болуы тиіс</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;%2&quot; is not a date that exists (YYYY-MM-DD)</source>
        <translation>%1: &quot;%2&quot; — күнтізбеде жоқ күн немесе күн емес (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &quot;%2&quot; is not a date and time (YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>%1: &quot;%2&quot; — күн мен уақыт емес (YYYY-MM-DDTHH:MM:SSZ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: must be true or false</source>
        <translation>%1: true немесе false болуы тиіс</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: must be a whole number, 0 or more</source>
        <translation>%1: 0-ден кем емес бүтін сан болуы тиіс</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: must be an array of text</source>
        <translation>%1: мәтіндер массиві болуы тиіс</translation>
    </message>
</context>
<context>
    <name>AppealScreening</name>
    <message>
        <location filename="../core/appeal/AppealScreening.cpp" line="+107"/>
        <source>primary</source>
        <translation>алғашқы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repeated</source>
        <translation>қайталама</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate</source>
        <translation>телнұсқа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anonymous</source>
        <translation>анонимді</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>challenges the earlier decision</source>
        <translation>бұрынғы шешімге дау айтады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the earlier appeal was not answered in time</source>
        <translation>бұрынғы өтінішке уақтылы жауап берілмеген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>points to other defects of the earlier consideration</source>
        <translation>бұрынғы қараудың басқа кемшіліктерін көрсетеді</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>same BIN</source>
        <translation>БСН бірдей</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>same IIN</source>
        <translation>ЖСН бірдей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same name (the earlier appeal has no %1)</source>
        <translation>аты бірдей (бұрынғы өтініште %1 жоқ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name</source>
        <translation>аты бірдей</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>same subject</source>
        <translation>тақырыбы бірдей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same addressee</source>
        <translation>адресаты бірдей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>essentially the same text</source>
        <translation>мәтіні мәні бойынша бірдей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1% of the essence&apos;s words in common</source>
        <translation>өтініш мәніндегі сөздердің %1% ортақ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the author cannot be established (I-2(11))</source>
        <translation>авторын анықтау мүмкін емес (I-2(11))</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no signature or ЭЦП (I-2(11))</source>
        <translation>қолтаңба немесе ЭЦҚ жоқ (I-2(11))</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no postal address (I-2(11))</source>
        <translation>пошталық мекенжайы жоқ (I-2(11))</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the same applicant, question and essentially the same text as %1 (I-2(10), RR-13)</source>
        <translation>өтініш беруші, мәселе бірдей және мәтіні мәні бойынша %1 өтінішімен бірдей (I-2(10), RR-13)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>the same person&apos;s question was received %n time(s) before in this prosecutor&apos;s office; confirm that it challenges the decision, reports an untimely answer or other defects (I-2(12))</source>
        <translation>
            <numerusform>осы тұлғаның мәселесі осы прокуратураға бұрын %n рет түскен; өтініштің шешімге дау айтатынын, жауаптың уақтылы берілмегенін немесе басқа кемшіліктерді көрсететінін растаңыз (I-2(12))</numerusform>
            <numerusform>осы тұлғаның мәселесі осы прокуратураға бұрын %n рет түскен; өтініштің шешімге дау айтатынын, жауаптың уақтылы берілмегенін немесе басқа кемшіліктерді көрсететінін растаңыз (I-2(12))</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the question has not been considered before in this prosecutor&apos;s office (I-2(6))</source>
        <translation>мәселе осы прокуратурада бұрын қаралмаған (I-2(6))</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>screen appeals</source>
        <translation>өтініштерді алдын ала қарау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screening</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screening: choose primary, repeated, duplicate or anonymous (I-2)</source>
        <translation>Алдын ала қарау: алғашқы, қайталама, телнұсқа немесе анонимді деген нұсқаны таңдаңыз (I-2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason is longer than %1 characters</source>
        <translation>Себебі %1 таңбадан ұзын</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>Main appeal</source>
        <translation>Негізгі өтініш</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Main appeal: a duplicate names the appeal it copies (I-2(10))</source>
        <translation>Негізгі өтініш: телнұсқада ол қайталайтын өтініш көрсетіледі (I-2(10))</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main appeal: there is no such earlier appeal in this prosecutor&apos;s office</source>
        <translation>Негізгі өтініш: осы прокуратурада мұндай бұрынғы өтініш жоқ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main appeal: %1 is itself a duplicate of %2; name that one (I-35)</source>
        <translation>Негізгі өтініш: %1 өзі %2 өтінішінің телнұсқасы; соны көрсетіңіз (I-35)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main appeal: only a duplicate or a repeated appeal names an earlier one</source>
        <translation>Негізгі өтініш: бұрынғы өтініш тек телнұсқада немесе қайталама өтініште көрсетіледі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trigger</source>
        <translation>Қайталау себебі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trigger: a repeated appeal challenges the earlier decision, reports an untimely answer or points to other defects; name which (I-2(12))</source>
        <translation>Қайталау себебі: қайталама өтініш бұрынғы шешімге дау айтады, жауаптың уақтылы берілмегенін хабарлайды немесе басқа кемшіліктерді көрсетеді; қайсысы екенін көрсетіңіз (I-2(12))</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the screening could not be recorded</source>
        <translation>алдын ала қарау нәтижесін тіркеу мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>AppealService</name>
    <message>
        <location filename="../core/appeal/AppealService.cpp" line="+137"/>
        <source>%1 is required</source>
        <translation>%1: толтырылуы міндетті</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; is not in the directory</source>
        <translation>%1: &quot;%2&quot; анықтамалықта жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind: an application for personal reception is not an appeal</source>
        <translation>Түрі: жеке қабылдауға жазылу туралы өтінім өтініш болып табылмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedural regime</source>
        <translation>Іс жүргізу режимі</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Form</source>
        <translation>Нысаны</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form: a petition is made in writing only</source>
        <translation>Нысаны: өтінішхат тек жазбаша нысанда беріледі</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Channel</source>
        <translation>Түсу арнасы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel: an appeal from a personal reception comes through that channel</source>
        <translation>Түсу арнасы: жеке қабылдаудан түскен өтініш «жеке қабылдау» арнасы арқылы түседі</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reception card</source>
        <translation>ЛП-1 карточкасы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reception card: there is no such ЛП-1 card</source>
        <translation>ЛП-1 карточкасы: мұндай ЛП-1 карточкасы жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From personal reception</source>
        <translation>«Жеке қабылдаудан» белгісі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From personal reception: an appeal linked to an ЛП-1 card carries the mark</source>
        <translation>«Жеке қабылдаудан» белгісі: ЛП-1 карточкасымен байланысты өтінішке бұл белгі міндетті түрде қойылады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Applicant: the name of the legal entity is required</source>
        <translation>Өтініш беруші: заңды тұлғаның атауын көрсету міндетті</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IIN: %1 is not a valid IIN</source>
        <translation>ЖСН: %1 — жарамды ЖСН емес</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BIN: %1 is not a valid BIN</source>
        <translation>БСН: %1 — жарамды БСН емес</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Essence</source>
        <translation>Өтініштің мәні</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Essence is required (I-40)</source>
        <translation>Өтініштің мәнін көрсету міндетті (I-40)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Өкіл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Addressee</source>
        <translation>Адресаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Өтініш тақырыбы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Co-applicants</source>
        <translation>Бірлескен өтініш берушілер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is longer than %2 characters</source>
        <translation>%1: %2 таңбадан ұзын</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Received on</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Received on: the date of receipt is required</source>
        <translation>Түскен күні: түскен күнді көрсету міндетті</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on: the date of receipt is in the future</source>
        <translation>Түскен күні: болашақтағы күн</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>register appeals</source>
        <translation>өтініштерді тіркеу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the appeal is registered already as %1</source>
        <translation>өтініш %1 нөмірімен тіркеліп қойған</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+13"/>
        <location line="+113"/>
        <location line="+22"/>
        <source>Appeal</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>the appeal could not be registered</source>
        <translation>өтінішті тіркеу мүмкін болмады</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>take appeals on control</source>
        <translation>өтініштерді бақылауға алу</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+113"/>
        <source>there is no such appeal</source>
        <translation>мұндай өтініш жоқ</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+9"/>
        <location line="+9"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Control</source>
        <translation>Бақылау</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Control: the appeal is on control already (%1)</source>
        <translation>Бақылау: өтініш бақылауға алынып қойған (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the appeal could not be taken on control</source>
        <translation>өтінішті бақылауға алу мүмкін болмады</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Control: the appeal is not on control</source>
        <translation>Бақылау: өтініш бақылауда емес</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Control: only %1, who took the appeal on control, can remove it (I-53)</source>
        <translation>Бақылау: өтінішті бақылаудан оны бақылауға алған %1 ғана ала алады (I-53)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Control: an appeal from a personal reception stays on control until its final answer is sent (R-54)</source>
        <translation>Бақылау: жеке қабылдаудан түскен өтініш түпкілікті жауап жіберілгенге дейін бақылауда қалады (R-54)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>control could not be removed</source>
        <translation>өтінішті бақылаудан алу мүмкін болмады</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>record answers</source>
        <translation>жауаптарды тіркеу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Final answer sent on</source>
        <translation>Түпкілікті жауап жіберілген күн</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interim answer sent on</source>
        <translation>Аралық жауап жіберілген күн</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the sending date is required</source>
        <translation>%1: жіберілген күнді көрсету міндетті</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the date must lie between the receipt and today</source>
        <translation>%1: күн түскен күн мен бүгінгі күн аралығында болуы керек</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the answer could not be recorded</source>
        <translation>жауапты тіркеу мүмкін болмады</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>correct appeals</source>
        <translation>өтініштерді түзету</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the appeal could not be saved</source>
        <translation>өтінішті сақтау мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>AppealTermSource</name>
    <message>
        <location filename="../ui/appeal/AppealTermSource.cpp" line="+25"/>
        <source>No term of the Administrative Procedural Code applies</source>
        <translation>ӘРПК мерзімдері қолданылмайды</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due %1%2: answered on %3, after the term (I-68)</source>
        <translation>Мерзімі %1%2: жауап %3 берілген, мерзімі өткеннен кейін (I-68)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due %1%2: answered on %3, within the term (I-68)</source>
        <translation>Мерзімі %1%2: жауап %3 берілген, мерзім ішінде (I-68)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due %1%2: overdue by %3 days; the complaint is deemed refused (I-83)</source>
        <translation>Мерзімі %1%2: %3 күнге кешіктірілген; шағымды қанағаттандырудан бас тартылды деп есептеледі (I-83)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due %1%2: overdue by %3 days</source>
        <translation>Мерзімі %1%2: %3 күнге кешіктірілген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due %1%2: the last day is today</source>
        <translation>Мерзімі %1%2: соңғы күні — бүгін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due %1%2: %3 days left, %4 working days</source>
        <translation>Мерзімі %1%2: %3 күн қалды, оның ішінде %4 жұмыс күні</translation>
    </message>
</context>
<context>
    <name>AppealTerms</name>
    <message>
        <location filename="../core/appeal/AppealTerms.cpp" line="+85"/>
        <source>Term</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the term of the appeal could not be recomputed</source>
        <translation>өтініштің мерзімін қайта есептеу мүмкін болмады</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Appeal</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the final answer to appeal %1 was sent on %2: its terms are closed</source>
        <translation>%1 өтінішіне түпкілікті жауап %2 жіберілген: оның мерзімдері жабылған</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>extend the term of appeals</source>
        <translation>өтініштерді қарау мерзімін ұзарту</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New term</source>
        <translation>Жаңа мерзім</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New term: a duplicate shares the term of its main appeal (I-35): extend the main appeal</source>
        <translation>Жаңа мерзім: телнұсқаның мерзімі негізгі өтініштің мерзімімен ортақ (I-35): негізгі өтініштің мерзімін ұзартыңыз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New term: the terms of the Administrative Procedural Code do not apply to this appeal (I-5, I-13): there is no term to extend</source>
        <translation>Жаңа мерзім: бұл өтінішке ӘРПК мерзімдері қолданылмайды (I-5, I-13): ұзартылатын мерзім жоқ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New term: the term expired on %1 and can no longer be extended (I-52)</source>
        <translation>Жаңа мерзім: мерзім %1 өтіп кеткен және оны енді ұзартуға болмайды (I-52)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+54"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Reason: the extension is decided by a motivated decision; state the reasons (I-52)</source>
        <translation>Себебі: мерзімді ұзарту туралы дәлелді шешім қабылданады; себептерін көрсетіңіз (I-52)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New term: the date is required</source>
        <translation>Жаңа мерзім: күнді көрсету міндетті</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New term: %1 is not later than the term in force, %2</source>
        <translation>Жаңа мерзім: %1 қолданыстағы мерзімнен (%2) кеш емес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New term: no more than two months from the receipt: the term may end on %1 at the latest (D17a, I-52)</source>
        <translation>Жаңа мерзім: өтініш түскен күннен бастап екі айдан аспауы тиіс: мерзім ең кеші %1 аяқталуы мүмкін (D17a, I-52)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rapport filed on</source>
        <translation>Рапорт берілген күн</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rapport filed on: the date of the extension rapport is required (I-52)</source>
        <translation>Рапорт берілген күн: мерзімді ұзарту туралы рапорттың күнін көрсету міндетті (I-52)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapport filed on: the date is in the future</source>
        <translation>Рапорт берілген күн: болашақтағы күн</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapport filed on: the rapport is filed at least one day before the term expires on %1, that is by %2 (D18, I-52)</source>
        <translation>Рапорт берілген күн: рапорт мерзім %1 өткенге дейін кемінде бір күн бұрын, яғни %2 дейін беріледі (D18, I-52)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the term could not be extended</source>
        <translation>мерзімді ұзарту мүмкін болмады</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>put appeals on additional control</source>
        <translation>өтініштерді қосымша бақылауға алу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Additional control</source>
        <translation>Қосымша бақылау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Additional control: the appeal is on additional control already</source>
        <translation>Қосымша бақылау: өтініш қосымша бақылауға алынып қойған</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason: additional control is decided on a rapport; state its reasons (I-52)</source>
        <translation>Себебі: қосымша бақылауға алу туралы шешім рапорт негізінде қабылданады; оның себептерін көрсетіңіз (I-52)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the appeal could not be put on additional control</source>
        <translation>өтінішті қосымша бақылауға алу мүмкін болмады</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+30"/>
        <source>record inspections</source>
        <translation>тексерулерді тіркеу</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Inspection started on</source>
        <translation>Тексеру басталған күн</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspection started on: an inspection is under way since %1</source>
        <translation>Тексеру басталған күн: %1 бастап тексеру жүргізілуде</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inspection started on: the date is required</source>
        <translation>Тексеру басталған күн: күнді көрсету міндетті</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inspection started on: the date must lie between the receipt and today</source>
        <translation>Тексеру басталған күн: күн түскен күн мен бүгінгі күн аралығында болуы керек</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the inspection could not be recorded</source>
        <translation>тексеруді тіркеу мүмкін болмады</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inspection ended on</source>
        <translation>Тексеру аяқталған күн</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspection ended on: no inspection is under way</source>
        <translation>Тексеру аяқталған күн: жүргізіліп жатқан тексеру жоқ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inspection ended on: the date is required</source>
        <translation>Тексеру аяқталған күн: күнді көрсету міндетті</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inspection ended on: the date must lie between the start of the inspection, %1, and today</source>
        <translation>Тексеру аяқталған күн: күн тексеру басталған күн (%1) мен бүгінгі күн аралығында болуы керек</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the end of the inspection could not be recorded</source>
        <translation>тексерудің аяқталуын тіркеу мүмкін болмады</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>notify hearings</source>
        <translation>тыңдау туралы хабарлау</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hearing</source>
        <translation>Тыңдау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hearing: there is no hearing in the simplified procedure, except for statements and complaints (I-56)</source>
        <translation>Тыңдау: оңайлатылған рәсімде арыздар мен шағымдарды қоспағанда тыңдау өткізілмейді (I-56)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Act on</source>
        <translation>Акт қабылданатын күн</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Act on: the planned date of the administrative act is required</source>
        <translation>Акт қабылданатын күн: әкімшілік актінің жоспарланған қабылдану күнін көрсету міндетті</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Act on: the participant is notified no later than 3 working days before the act, by %1; the act can be adopted on %2 at the earliest (D14, I-43)</source>
        <translation>Акт қабылданатын күн: қатысушыға акт қабылданғанға дейін кемінде 3 жұмыс күні бұрын, %1 дейін хабарланады; акт ең ерте %2 қабылдануы мүмкін (D14, I-43)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place: the place of the hearing is required (I-43)</source>
        <translation>Орны: тыңдау өтетін орынды көрсету міндетті (I-43)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the hearing notice could not be recorded</source>
        <translation>тыңдау туралы хабарламаны тіркеу мүмкін болмады</translation>
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
        <translation>Өтініш</translation>
    </message>
    <message>
        <location line="-390"/>
        <location line="+173"/>
        <location line="+44"/>
        <location line="+29"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>Status: appeal %1 is %2 already</source>
        <translation>Күйі: %1 өтінішінің күйі қазірдің өзінде — %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+259"/>
        <source>Competent body</source>
        <translation>Құзыретті орган</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>Competent body: name the body the appeal is forwarded to (I-31)</source>
        <translation>Құзыретті орган: өтініш жолданатын органды көрсетіңіз (I-31)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notice to the applicant</source>
        <translation>Өтініш берушіге хабарлама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice to the applicant: the applicant is notified at the same time as the appeal is forwarded (I-31)</source>
        <translation>Өтініш берушіге хабарлама: өтініш берушіге өтініш жолданған кезде бір мезгілде хабарланады (I-31)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+247"/>
        <location line="+32"/>
        <source>Screening</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <location line="-278"/>
        <source>Screening: an anonymous appeal is redirected or left without consideration, not forwarded with a notice (I-42)</source>
        <translation>Алдын ала қарау: анонимді өтініш хабарламамен жолданбайды, ол қайта бағытталады немесе қараусыз қалдырылады (I-42)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>forward appeals</source>
        <translation>өтініштерді құзыретті органға жолдау</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the appeal could not be forwarded</source>
        <translation>өтінішті жолдау мүмкін болмады</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>forward parts of appeals</source>
        <translation>өтініштердің бөліктерін құзыретті органға жолдау</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <location line="+5"/>
        <location line="+70"/>
        <source>Part</source>
        <translation>Бөлік</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Part: state the question that goes to the other body (RR-11)</source>
        <translation>Бөлік: басқа органға жолданатын мәселені көрсетіңіз (RR-11)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part is longer than %1 characters</source>
        <translation>Бөлік %1 таңбадан ұзын</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Part: %1 is a part already; split the main appeal (RR-11)</source>
        <translation>Бөлік: %1 өзі бөлік болып табылады; негізгі өтінішті бөліңіз (RR-11)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the part could not be forwarded</source>
        <translation>бөлікті жолдау мүмкін болмады</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>send deficiency notices</source>
        <translation>кемшіліктер туралы хабарламалар жіберу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind: a deficiency notice applies to a statement, report, proposal, response or request only (I-25)</source>
        <translation>Түрі: кемшіліктер туралы хабарлама тек арызға, хабарламаға, ұсынысқа, пікірге немесе сауалға қолданылады (I-25)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: a deficiency notice is pending already</source>
        <translation>Күйі: кемшіліктер туралы хабарлама жіберіліп қойған және әлі жабылмаған</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Requirements</source>
        <translation>Талаптар</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Requirements: name the requirements of АППК art. 63 that are not met (I-25)</source>
        <translation>Талаптар: ӘРПК 63-бабының сақталмаған талаптарын көрсетіңіз (I-25)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requirements is longer than %1 characters</source>
        <translation>Талаптар %1 таңбадан ұзын</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+41"/>
        <source>Term to fix</source>
        <translation>Кемшіліктерді жою мерзімі</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Term to fix: set a reasonable term after today (I-25, D5)</source>
        <translation>Кемшіліктерді жою мерзімі: бүгінгі күннен кейінгі ақылға қонымды мерзім белгілеңіз (I-25, D5)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the notice could not be recorded</source>
        <translation>хабарламаны тіркеу мүмкін болмады</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>return appeals</source>
        <translation>өтініштерді қайтару</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status: only an appeal with a pending deficiency notice is returned (I-25)</source>
        <translation>Күйі: тек кемшіліктер туралы хабарламасы жабылмаған өтініш қайтарылады (I-25)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Term to fix: the applicant may fix the appeal until %1 (I-25)</source>
        <translation>Кемшіліктерді жою мерзімі: өтініш беруші өтінішті %1 дейін түзете алады (I-25)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the appeal could not be returned</source>
        <translation>өтінішті қайтару мүмкін болмады</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>record corrected appeals</source>
        <translation>түзетілген өтініштерді тіркеу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status: the appeal has no pending deficiency notice</source>
        <translation>Күйі: өтініш бойынша жабылмаған кемшіліктер туралы хабарлама жоқ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the correction could not be recorded</source>
        <translation>түзетуді тіркеу мүмкін болмады</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>redirect anonymous appeals</source>
        <translation>анонимді өтініштерді қайта бағыттау</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+32"/>
        <source>Screening: confirm the appeal as anonymous first (I-2(11))</source>
        <translation>Алдын ала қарау: алдымен өтініштің анонимді екенін растаңыз (I-2(11))</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Competent body: name the body the anonymous appeal is redirected to (I-42)</source>
        <translation>Құзыретті орган: анонимді өтініш қайта бағытталатын органды көрсетіңіз (I-42)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the appeal could not be redirected</source>
        <translation>өтінішті қайта бағыттау мүмкін болмады</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>leave anonymous appeals without consideration</source>
        <translation>анонимді өтініштерді қараусыз қалдыру</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Conclusion</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Conclusion: a motivated conclusion is required (I-42)</source>
        <translation>Қорытынды: дәлелді қорытынды міндетті (I-42)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conclusion is longer than %1 characters</source>
        <translation>Қорытынды %1 таңбадан ұзын</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved by</source>
        <translation>Бекіткен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved by: the conclusion is approved by a head or a deputy (I-42)</source>
        <translation>Бекіткен: қорытындыны басшы немесе оның орынбасары бекітеді (I-42)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the conclusion could not be recorded</source>
        <translation>қорытындыны тіркеу мүмкін болмады</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>attach duplicates</source>
        <translation>телнұсқаларды негізгі өтінішке қосу</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Main appeal</source>
        <translation>Негізгі өтініш</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Main appeal: there is no such earlier appeal in this prosecutor&apos;s office</source>
        <translation>Негізгі өтініш: осы прокуратурада мұндай бұрынғы өтініш жоқ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main appeal: %1 is itself a duplicate of %2; attach to that one (I-35)</source>
        <translation>Негізгі өтініш: %1 өзі %2 өтінішінің телнұсқасы; соған қосыңыз (I-35)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+5"/>
        <source>Earlier answer</source>
        <translation>Бұрынғы жауап</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Earlier answer: the main appeal %1 was answered on %2; give that answer&apos;s date and outgoing number for the reply (I-35)</source>
        <translation>Бұрынғы жауап: %1 негізгі өтінішіне %2 жауап берілген; жауап беру үшін сол жауаптың күні мен шығыс нөмірін көрсетіңіз (I-35)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Earlier answer: the main appeal %1 was answered on %2</source>
        <translation>Бұрынғы жауап: %1 негізгі өтінішіне %2 жауап берілген</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the duplicate could not be attached</source>
        <translation>телнұсқаны қосу мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>AppealView</name>
    <message>
        <location filename="../ui/appeal/AppealView.cpp" line="+38"/>
        <source>Screened</source>
        <translation>Алдын ала қаралды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarded by competence</source>
        <translation>Құзыреті бойынша жолданды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deficiency notice</source>
        <translation>Кемшіліктер туралы хабарлама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Қайтарылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous: redirected</source>
        <translation>Анонимді: қайта бағытталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left without consideration</source>
        <translation>Қараусыз қалдырылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate attached</source>
        <translation>Телнұсқа қосылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part split off</source>
        <translation>Бөлік бөлініп алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>Орындаушылар тағайындалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <translation>Басқа орындаушыға берілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term extended</source>
        <translation>Мерзім ұзартылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional control</source>
        <translation>Қосымша бақылау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection started</source>
        <translation>Тексеру басталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection ended</source>
        <translation>Тексеру аяқталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing notice</source>
        <translation>Тыңдау туралы хабарлама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interim answer sent</source>
        <translation>Аралық жауап жіберілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final answer sent</source>
        <translation>Түпкілікті жауап жіберілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correspondence terminated</source>
        <translation>Хат алмасу тоқтатылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken on control</source>
        <translation>Бақылауға алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed from control</source>
        <translation>Бақылаудан алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice sent</source>
        <translation>Хабарлама жіберілді</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>registered</source>
        <translation>тіркелді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in consideration</source>
        <translation>қаралуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deficiency notified (I-25)</source>
        <translation>кемшіліктер туралы хабарланды (I-25)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returned (I-25)</source>
        <translation>қайтарылды (I-25)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forwarded by competence (I-31)</source>
        <translation>құзыреті бойынша жолданды (I-31)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redirected (I-42)</source>
        <translation>қайта бағытталды (I-42)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left without consideration</source>
        <translation>қараусыз қалдырылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attached to its main appeal (I-35)</source>
        <translation>негізгі өтінішке қосылды (I-35)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decided</source>
        <translation>шешім қабылданды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correspondence terminated (I-58)</source>
        <translation>хат алмасу тоқтатылды (I-58)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>жабылды</translation>
    </message>
</context>
<context>
    <name>Bin</name>
    <message>
        <location filename="../core/identity/Iin.cpp" line="+145"/>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BIN must have 12 digits, not %1</source>
        <translation>БСН 12 цифрдан тұруы тиіс, %1 емес</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BIN must contain only digits: %1</source>
        <translation>БСН тек цифрлардан тұруы тиіс: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; at position %2 is not a digit</source>
        <translation>%2-позициядағы &quot;%1&quot; цифр емес</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>registration month %1 does not exist (digits 3–4 must be 01 to 12)</source>
        <translation>%1 деген тіркеу айы болмайды (3–4-цифрлар 01 мен 12 аралығында болуы тиіс)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>resident legal entity</source>
        <translation>резидент заңды тұлға</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>non-resident legal entity</source>
        <translation>бейрезидент заңды тұлға</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>individual entrepreneur in joint form</source>
        <translation>бірлескен кәсіпкерлік нысанындағы дара кәсіпкер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the 5th digit (entity type) must be 4, 5 or 6, not %1</source>
        <translation>5-цифр (тұлға түрі) 4, 5 немесе 6 болуы тиіс, %1 емес</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>head office</source>
        <translation>бас ұйым</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>branch</source>
        <translation>филиал</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>representative office</source>
        <translation>өкілдік</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>peasant (farm) enterprise</source>
        <translation>шаруа (фермер) қожалығы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the 6th digit (attribute) must be 0 to 3, not %1</source>
        <translation>6-цифр (белгі) 0-ден 3-ке дейін болуы тиіс, %1 емес</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this number is never issued: its check digit cannot be computed (10 with both weight sets)</source>
        <translation>мұндай нөмір берілмейді: оның бақылау цифрын есептеу мүмкін емес (салмақтардың екі жиынтығында да 10 шығады)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check digit should be %1</source>
        <translation>бақылау цифры %1 болуы тиіс</translation>
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
        <translation>күнтізбе</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+27"/>
        <location line="+36"/>
        <location line="+18"/>
        <source>change the calendar</source>
        <translation>күнтізбені өзгерту</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+38"/>
        <location filename="../ui/admin/CalendarEntryDialog.cpp" line="+94"/>
        <source>date</source>
        <translation>күні</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>the date is not valid</source>
        <translation>күні дұрыс емес</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <location filename="../ui/admin/CalendarEntryDialog.cpp" line="+2"/>
        <source>kind</source>
        <translation>түрі</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 is a weekday; only a Saturday or Sunday can be made a working day</source>
        <translation>%1 — жұмыс аптасының күні; жұмыс күні етіп тек сенбіні немесе жексенбіні белгілеуге болады</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already a weekend day</source>
        <translation>%1 — онсыз да демалыс күні (сенбі немесе жексенбі)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/admin/CalendarEntryDialog.cpp" line="+2"/>
        <source>name</source>
        <translation>атауы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>give the name of the holiday or the decree in Kazakh or Russian</source>
        <translation>мерекенің немесе қаулының атауын қазақ немесе орыс тілінде көрсетіңіз</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>there is no such entry on %1</source>
        <translation>%1 күніне мұндай жазба жоқ</translation>
    </message>
</context>
<context>
    <name>CardField</name>
    <message>
        <location filename="../core/reception/CardField.cpp" line="+16"/>
        <source>Registering office</source>
        <translation>Субъектінің атауы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card registration number</source>
        <translation>Қабылдау карточкасының тіркеу нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue number</source>
        <translation>Кезек нөмірі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date put in the queue</source>
        <translation>Кезекке қойылған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the schedule</source>
        <translation>Кестеден тыс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online reception (videoconference)</source>
        <translation>Қабылдау түрі: онлайн</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Representative of a legal entity</source>
        <translation>Тұлға санаты: заңды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident</source>
        <translation>Мәртебесі: резидент</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occupation (workplace)</source>
        <translation>Қызмет түрі (жұмыс орны)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity</source>
        <translation>Ұлты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age group</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social status</source>
        <translation>Әлеуметтік мәртебесі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered address</source>
        <translation>Тіркелген мекенжайы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual address</source>
        <translation>Нақты тұратын мекенжайы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home or work phone</source>
        <translation>Үй/жұмыс телефоны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobile phone</source>
        <translation>Ұялы телефоны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nature of the question</source>
        <translation>Мәселенің сипаты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presiding official</source>
        <translation>Қабылдауға төрағалық ететін лауазымды тұлға</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision on the reception</source>
        <translation>Жеке қабылдау бойынша шешім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of reception</source>
        <translation>Қабылдау күні</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time of reception</source>
        <translation>Қабылдау уақыты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place of reception: city (KATO)</source>
        <translation>Қабылдау орны/қала (ӘАОЖ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place of reception: addressee</source>
        <translation>Қабылдау орны/адресат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment for the applicant</source>
        <translation>Өтініш берушіге арналған түсініктеме</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official who held the reception</source>
        <translation>Қабылдауды өткізген лауазымды тұлға</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secretary of the session</source>
        <translation>Отырыс хатшысы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Present at the reception</source>
        <translation>Қабылдауға қатысқан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the protocol</source>
        <translation>Хаттаманы жасау тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reception not held: the reason</source>
        <translation>Қабылдау өткізілмеді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patronymic (if any)</source>
        <translation>Әкесінің аты (болған жағдайда)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has no IIN</source>
        <translation>ЖСН жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered address: KATO</source>
        <translation>Тіркелген мекенжайы (ӘАОЖ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual address: KATO</source>
        <translation>Тұратын мекенжайы (ӘАОЖ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presiding official (user)</source>
        <translation>Төраға (пайдаланушы)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official who held the reception (user)</source>
        <translation>Қабылдауды өткізген (пайдаланушы)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the reception (R-45)</source>
        <translation>Қабылдау тілі (R-45)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity document shown (R-10)</source>
        <translation>Жеке басын куәландыратын құжат (R-10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Representative (R-10)</source>
        <translation>Өкіл (R-10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Representative&apos;s authority (R-10)</source>
        <translation>Өкілдің өкілеттігін растайтын құжат (R-10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter (R-7)</source>
        <translation>Аудармашы (R-7)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent to a videoconference (R-11)</source>
        <translation>БКБ арқылы қабылдауға келісім (R-11)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Told of audio/video recording (R-13)</source>
        <translation>Аудио-, бейнежазба туралы хабардар етілді (R-13)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content of the oral appeal (R-47)</source>
        <translation>Ауызша өтініштің мазмұны (R-47)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Oral answer given with consent (R-47)</source>
        <translation>Өтініш берушінің келісімімен ауызша жауап берілді (R-47)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oral answer and explanations (R-47)</source>
        <translation>Ауызша жауап, түсіндірмелер (R-47)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requirements of APPK art. 63 explained (R-48)</source>
        <translation>ӘРПК 63-бабының талаптары түсіндірілді (R-48)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff invited (R-49)</source>
        <translation>Шақырылған қызметкерлер (R-49)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written appeal accepted (R-51)</source>
        <translation>Жазбаша өтініш қабылданды (R-51)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facility type</source>
        <translation>Мекеме түрі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility name</source>
        <translation>Мекеменің атауы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measures taken</source>
        <translation>Қабылданған шаралар</translation>
    </message>
</context>
<context>
    <name>CardGenerator</name>
    <message>
        <location filename="../core/reception/CardGenerator.cpp" line="+307"/>
        <source>generate test cards</source>
        <translation>сынақ карточкаларын құру</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>directories</source>
        <translation>анықтамалықтар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>topics, social statuses and KATO must be in the database before cards can be generated; initialise it first</source>
        <translation>карточкаларды құрмас бұрын дерекқорда мәселе сипаттары, әлеуметтік мәртебелер және ӘАОЖ болуы тиіс; алдымен дерекқорды бастапқы деректермен толтырыңыз</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>card</source>
        <translation>карточка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the generated cards could not be saved</source>
        <translation>құрылған карточкаларды сақтау мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>CardJournal</name>
    <message>
        <location filename="../core/reception/CardJournal.cpp" line="+269"/>
        <source>the journal cannot seek in the order of this column</source>
        <translation>журнал осы бағанның реті бойынша іздей алмайды</translation>
    </message>
</context>
<context>
    <name>CardPrint</name>
    <message>
        <location filename="../ui/reception/CardPrint.cpp" line="+25"/>
        <source>Print preview</source>
        <translation>Басып шығаруды алдын ала қарау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print preview: %1</source>
        <translation>Басып шығаруды алдын ала қарау: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The document was not printed: %1</source>
        <translation>Құжат басып шығарылмады: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Protocol of the oral appeal %1</source>
        <translation>Ауызша өтініш хаттамасы %1</translation>
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
        <translation>PDF-ке экспорттау</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PDF was not written: %1</source>
        <translation>PDF файлы жазылмады: %1</translation>
    </message>
</context>
<context>
    <name>CardService</name>
    <message>
        <location filename="../core/reception/CardService.cpp" line="+115"/>
        <source>is required</source>
        <translation>толтырылуы міндетті</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an IIN is given: clear &quot;has no IIN&quot; or the IIN</source>
        <translation>ЖСН көрсетілген: &quot;ЖСН жоқ&quot; белгісін немесе ЖСН-ді алып тастаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required for a resident</source>
        <translation>резидент үшін міндетті</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the IIN or state that the person has none</source>
        <translation>ЖСН-ді көрсетіңіз немесе тұлғаның ЖСН-і жоқ екенін белгілеңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be male or female</source>
        <translation>ер немесе әйел болуы тиіс</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is required when the facility type is given</source>
        <translation>мекеме түрі көрсетілген жағдайда толтырылуы міндетті</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required when the facility name is given</source>
        <translation>мекеменің атауы көрсетілген жағдайда толтырылуы міндетті</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not in the directory</source>
        <translation>%1 анықтамалықта жоқ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a phone number (10 digits, e.g. 8 701 234 56 78)</source>
        <translation>%1 — телефон нөмірі емес (10 цифр, мысалы, 8 701 234 56 78)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has %1 characters; at most %2 fit</source>
        <translation>%1 таңбадан тұрады; ең көбі %2 таңба сыяды</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a time (HH:MM)</source>
        <translation>%1 — уақыт емес (HH:MM)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is in the future</source>
        <translation>%1 — болашақтағы күн</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>is after the date of reception</source>
        <translation>қабылдау күнінен кейін</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 does not hold the needed role</source>
        <translation>%1 пайдаланушысында қажетті рөл жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no such active user</source>
        <translation>мұндай белсенді пайдаланушы жоқ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>record receptions</source>
        <translation>қабылдауларды тіркеу</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>card</source>
        <translation>карточка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the card could not be saved</source>
        <translation>карточканы сақтау мүмкін болмады</translation>
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
        <translation>дерекқор</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>devices are registered on the central PostgreSQL database</source>
        <translation>құрылғылар орталық PostgreSQL дерекқорында тіркеледі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>register devices</source>
        <translation>құрылғыларды тіркеу</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+25"/>
        <location line="+25"/>
        <location line="+20"/>
        <location filename="../ui/admin/DeviceRegistrationDialog.cpp" line="+136"/>
        <location line="+62"/>
        <source>device</source>
        <translation>құрылғы</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>%1 is not a device id (a UUID)</source>
        <translation>%1 — құрылғы идентификаторы (UUID) емес</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/admin/DeviceRegistrationDialog.cpp" line="-59"/>
        <location line="+60"/>
        <source>organisation</source>
        <translation>ұйым</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is not in the directory of organisations</source>
        <translation>%1 ұйымдар анықтамалығында жоқ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>password</source>
        <translation>құпиясөз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a device&apos;s password needs at least 12 characters</source>
        <translation>құрылғының құпиясөзі кемінде 12 таңбадан тұруы тиіс</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>device %1 already numbers with %2: give this laptop a new device id</source>
        <translation>%1 құрылғысы нөмірлерді бұрыннан %2 префиксімен береді: бұл ноутбукке жаңа құрылғы идентификаторын беріңіз</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>database role</source>
        <translation>дерекқор рөлі</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is not a registered device</source>
        <translation>%1 — тіркелген құрылғы емес</translation>
    </message>
</context>
<context>
    <name>ConflictService</name>
    <message>
        <location filename="../core/sync/ConflictService.cpp" line="+49"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>resolve sync conflicts</source>
        <translation>синхрондау қайшылықтарын шешу</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+14"/>
        <source>conflict</source>
        <translation>қайшылық</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the conflict %1 does not exist</source>
        <translation>%1 қайшылығы жоқ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the conflict was resolved already</source>
        <translation>қайшылық бұрын шешілген</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a synced table</source>
        <translation>%1 — синхрондалатын кесте емес</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <location filename="../core/storage/ConnectionSettings.cpp" line="+23"/>
        <source>database</source>
        <translation>дерекқор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no database given</source>
        <translation>дерекқор көрсетілмеген</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a valid postgresql://user@host:port/database address</source>
        <translation>%1 — жарамды postgresql://user@host:port/database мекенжайы емес</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the PostgreSQL address names no database</source>
        <translation>PostgreSQL мекенжайында дерекқор көрсетілмеген</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sslmode</source>
        <translation>sslmode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is not one of %2</source>
        <translation>%1 — рұқсат етілген мәндердің бірі емес: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 names no SQLite file</source>
        <translation>%1 ішінде SQLite файлы көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../core/common/Csv.cpp" line="+148"/>
        <source>Unexpected text after a closing quote; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>Жабатын тырнақшадан кейін күтпеген мәтін бар; тырнақшаға алынған өрістің ішіндегі тырнақша екі рет жазылуы тиіс (&quot;&quot;).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The quoted field that starts on this line is not closed before the end of the file.</source>
        <translation>Осы жолда басталған тырнақшаға алынған өріс файлдың соңына дейін жабылмаған.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>A quote or a line break cannot be the CSV delimiter.</source>
        <translation>Тырнақша немесе жол ауысуы CSV бөлгіші бола алмайды.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file is not UTF-8 text; save it as CSV UTF-8 and try again (the first byte that is not UTF-8 is on this line).</source>
        <translation>Файл UTF-8 мәтіні емес; оны CSV UTF-8 ретінде сақтап, қайталап көріңіз (UTF-8 емес алғашқы байт осы жолда).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+41"/>
        <source>The file is empty; a header line is expected.</source>
        <translation>Файл бос; тақырып жолы күтіледі.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The column appears more than once in the header.</source>
        <translation>Баған тақырып жолында бірнеше рет кездеседі.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The record has %1 fields but the header has %2 (delimiter &quot;%3&quot;).</source>
        <translation>Жазбада %1 өріс бар, ал тақырып жолында %2 (бөлгіш &quot;%3&quot;).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot open the file %1: %2.</source>
        <translation>%1 файлын ашу мүмкін емес: %2.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+45"/>
        <source>database</source>
        <translation>дерекқор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite)</source>
        <translation>Qt SQLite драйвері орнатылмаған (Debian пакеті libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the folder %1</source>
        <translation>%1 бумасын жасау мүмкін емес</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the Qt PostgreSQL driver is not installed (Debian package libqt6sql6-psql)</source>
        <translation>Qt PostgreSQL драйвері орнатылмаған (Debian пакеті libqt6sql6-psql)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot open %1: %2</source>
        <translation>%1 ашылмады: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot configure %1: %2</source>
        <translation>%1 бапталмады: %2</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>a write transaction is already open on this connection</source>
        <translation>бұл қосылымда жазу транзакциясы әлдеқашан ашық</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>the device id %1 is not a UUID</source>
        <translation>құрылғы идентификаторы %1 UUID емес</translation>
    </message>
</context>
<context>
    <name>DeadlineCalculator</name>
    <message>
        <location filename="../core/deadline/DeadlineCalculator.cpp" line="+59"/>
        <source>Term</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The term is empty; write it as 15wd, 10cd, 1m or 24h (with a minus sign for a term before the date).</source>
        <translation>Мерзім бос; оны 15wd, 10cd, 1m немесе 24h түрінде жазыңыз (күнге дейінгі мерзім үшін минус белгісімен).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a term; write it as 15wd, 10cd, 1m or 24h (with a minus sign for a term before the date).</source>
        <translation>&quot;%1&quot; мерзім емес; оны 15wd, 10cd, 1m немесе 24h түрінде жазыңыз (күнге дейінгі мерзім үшін минус белгісімен).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; has no unit; add wd (working days), cd (calendar days), m (months) or h (hours).</source>
        <translation>&quot;%1&quot; мәнінде өлшем бірлігі жоқ; wd (жұмыс күндері), cd (күнтізбелік күндер), m (айлар) немесе h (сағаттар) қосыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a unit of a term; use wd (working days), cd (calendar days), m (months) or h (hours).</source>
        <translation>&quot;%1&quot; мерзімнің өлшем бірлігі емес; wd (жұмыс күндері), cd (күнтізбелік күндер), m (айлар) немесе h (сағаттар) пайдаланыңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is too long for a term (at most %2).</source>
        <translation>%1 мерзім үшін тым ұзақ (ең көбі %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A term of zero is not a term.</source>
        <translation>Нөлдік мерзім мерзім болып саналмайды.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Weekday days off skipped: %1.</source>
        <translation>Жұмыс аптасына түскен демалыс күндері өткізілді: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working weekend days counted: %1.</source>
        <translation>Жұмыс күні етілген сенбі мен жексенбі есептелді: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no date to count from.</source>
        <translation>Есептеу басталатын күн жоқ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Received on %1, a day off: registered and counted from the next working day, %2 (I-24).</source>
        <translation>%1 демалыс күні түскен: келесі жұмыс күні, %2 тіркеледі және сол күннен бастап есептеледі (I-24).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a day off: the term ends on the next working day, %2 (I-68).</source>
        <translation>%1 — демалыс күні: мерзім келесі жұмыс күні, %2 аяқталады (I-68).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a day off: moved back to the previous working day, %2 (a design choice, rules-000 §3.1).</source>
        <translation>%1 — демалыс күні: алдыңғы жұмыс күніне, %2 ауыстырылды (жобалық шешім, rules-000 §3.1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 working day counting %1 itself ends on %2.</source>
        <translation>%1 күнінің өзін қоса есептегенде 1 жұмыс күні %2 аяқталады.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n working days counting %1 itself end on %2.</source>
        <translation>
            <numerusform>%1 күнінің өзін қоса есептегенде %n жұмыс күні %2 аяқталады.</numerusform>
            <numerusform>%1 күнінің өзін қоса есептегенде %n жұмыс күні %2 аяқталады.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 working day after %1 ends on %2.</source>
        <translation>%1 күнінен кейінгі 1 жұмыс күні %2 аяқталады.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n working days after %1 end on %2.</source>
        <translation>
            <numerusform>%1 күнінен кейінгі %n жұмыс күні %2 аяқталады.</numerusform>
            <numerusform>%1 күнінен кейінгі %n жұмыс күні %2 аяқталады.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 working day before %1: %2.</source>
        <translation>%1 күніне дейін 1 жұмыс күні: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n working days before %1: %2.</source>
        <translation>
            <numerusform>%1 күніне дейін %n жұмыс күні: %2.</numerusform>
            <numerusform>%1 күніне дейін %n жұмыс күні: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 calendar day counting %1 itself ends on %2.</source>
        <translation>%1 күнінің өзін қоса есептегенде 1 күнтізбелік күн %2 аяқталады.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n calendar days counting %1 itself end on %2.</source>
        <translation>
            <numerusform>%1 күнінің өзін қоса есептегенде %n күнтізбелік күн %2 аяқталады.</numerusform>
            <numerusform>%1 күнінің өзін қоса есептегенде %n күнтізбелік күн %2 аяқталады.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 calendar day after %1: %2.</source>
        <translation>%1 күнінен кейін 1 күнтізбелік күн: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n calendar days after %1: %2.</source>
        <translation>
            <numerusform>%1 күнінен кейін %n күнтізбелік күн: %2.</numerusform>
            <numerusform>%1 күнінен кейін %n күнтізбелік күн: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 calendar day before %1: %2.</source>
        <translation>%1 күніне дейін 1 күнтізбелік күн: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n calendar days before %1: %2.</source>
        <translation>
            <numerusform>%1 күніне дейін %n күнтізбелік күн: %2.</numerusform>
            <numerusform>%1 күніне дейін %n күнтізбелік күн: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 month after %1: %2.</source>
        <translation>%1 күнінен кейін 1 ай: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n months after %1: %2.</source>
        <translation>
            <numerusform>%1 күнінен кейін %n ай: %2.</numerusform>
            <numerusform>%1 күнінен кейін %n ай: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 month before %1: %2.</source>
        <translation>%1 күніне дейін 1 ай: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n months before %1: %2.</source>
        <translation>
            <numerusform>%1 күніне дейін %n ай: %2.</numerusform>
            <numerusform>%1 күніне дейін %n ай: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That month has no day %1, so its last day is taken.</source>
        <translation>Ол айда %1-күн жоқ, сондықтан айдың соңғы күні алынады.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 hour after %1: %2.</source>
        <translation>%1 сәтінен кейін 1 сағат: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n hours after %1: %2.</source>
        <translation>
            <numerusform>%1 сәтінен кейін %n сағат: %2.</numerusform>
            <numerusform>%1 сәтінен кейін %n сағат: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour before %1: %2.</source>
        <translation>%1 сәтіне дейін 1 сағат: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hours before %1: %2.</source>
        <translation>
            <numerusform>%1 сәтіне дейін %n сағат: %2.</numerusform>
            <numerusform>%1 сәтіне дейін %n сағат: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At once, from %1.</source>
        <translation>Дереу, %1 сәтінен бастап.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the same day: %1.</source>
        <translation>Сол күні: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a working day: on the same day.</source>
        <translation>%1 — жұмыс күні: сол күні.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a day off: on the nearest following working day, %2 (I-24).</source>
        <translation>%1 — демалыс күні: одан кейінгі ең жақын жұмыс күні, %2 (I-24).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Registration stays open through %1 (cut-off day included).</source>
        <translation>Жазылу %1 күнін қоса алғанда ашық болады (шекті күн кіреді).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registration closes when %1 begins (cut-off day excluded): the last day of intake is %2.</source>
        <translation>Жазылу %1 күні басталғанда жабылады (шекті күн кірмейді): жазылуды қабылдаудың соңғы күні — %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No working day was found within ten years: the calendar data needs checking.</source>
        <translation>Он жыл ішінде бірде-бір жұмыс күні табылмады: күнтізбе деректерін тексеру қажет.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this rule sets hours of a day, not a term: there is no date to compute.</source>
        <translation>бұл ереже мерзімді емес, күннің сағаттарын белгілейді: есептелетін күн жоқ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this rule sets how often something must happen, not a term: there is no date to compute.</source>
        <translation>бұл ереже мерзімді емес, әрекеттің қаншалықты жиі орындалуы тиіс екенін белгілейді: есептелетін күн жоқ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this term is set by an official or taken from another record; enter it as a term (such as 10cd) and compute that.</source>
        <translation>бұл мерзімді лауазымды тұлға белгілейді немесе ол басқа жазбадан алынады; оны мерзім ретінде (мысалы, 10cd) енгізіп, соны есептеңіз.</translation>
    </message>
</context>
<context>
    <name>DeadlineRuleSet</name>
    <message>
        <location filename="../core/deadline/DeadlineRule.cpp" line="+104"/>
        <source>The column &quot;%1&quot; is missing from the header.</source>
        <translation>Тақырып жолында &quot;%1&quot; бағаны жоқ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a rule id such as D15 or D9a.</source>
        <translation>&quot;%1&quot; — D15 немесе D9a сияқты ереже идентификаторы емес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The id %1 is already used.</source>
        <translation>%1 идентификаторы бұрыннан пайдаланылған.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a unit; use wd, cd, months, hours, same_day, immediate, next_wd, time_window, frequency or configurable.</source>
        <translation>&quot;%1&quot; өлшем бірлігі емес; wd, cd, months, hours, same_day, immediate, next_wd, time_window, frequency немесе configurable пайдаланыңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a whole number of 0 or more.</source>
        <translation>&quot;%1&quot; — 0-ден кем емес бүтін сан емес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A term in %1 needs an amount above 0.</source>
        <translation>%1 бірлігіндегі мерзімнің мөлшері 0-ден үлкен болуы тиіс.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a direction; use after or before.</source>
        <translation>&quot;%1&quot; бағыт емес; after немесе before пайдаланыңыз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a roll; use none, forward or backward.</source>
        <translation>&quot;%1&quot; ауыстыру тәсілі емес; none, forward немесе backward пайдаланыңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a base; use receipt or event.</source>
        <translation>&quot;%1&quot; есептеу негізі емес; receipt немесе event пайдаланыңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation>&quot;%1&quot; yes немесе no емес.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The column %1 must not be empty.</source>
        <translation>%1 бағаны бос болмауы тиіс.</translation>
    </message>
</context>
<context>
    <name>DemoAppeals</name>
    <message>
        <location filename="../core/setup/DemoAppeals.cpp" line="+88"/>
        <location line="+86"/>
        <location line="+23"/>
        <source>Appeals</source>
        <translation>Өтініштер</translation>
    </message>
</context>
<context>
    <name>DeviceService</name>
    <message>
        <location filename="../core/setup/DeviceService.cpp" line="+17"/>
        <source>change the identity of the workstation</source>
        <translation>жұмыс орнының сәйкестендіру деректерін өзгерту</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>device id</source>
        <translation>құрылғы идентификаторы</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>&quot;%1&quot; is not a UUID; it looks like 0190a6c2-5f1e-7b3a-9c4d-2e8f6a1b3c5d</source>
        <translation>&quot;%1&quot; UUID емес; ол мынадай болады: 0190a6c2-5f1e-7b3a-9c4d-2e8f6a1b3c5d</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <location filename="../ui/admin/WorkstationTab.cpp" line="+84"/>
        <location line="+7"/>
        <source>organisation</source>
        <translation>ұйым</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>choose the organisation this workstation belongs to</source>
        <translation>осы жұмыс орны тиесілі ұйымды таңдаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no organisation %1</source>
        <translation>%1 ұйымы жоқ</translation>
    </message>
</context>
<context>
    <name>DirectoryService</name>
    <message>
        <location filename="../core/directory/DirectoryService.cpp" line="+69"/>
        <source>the file has no column &quot;%1&quot;; %2</source>
        <translation>файлда &quot;%1&quot; бағаны жоқ; %2</translation>
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
        <translation>код бос</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the code &quot;%1&quot; has spaces around it</source>
        <translation>&quot;%1&quot; кодының басында немесе соңында бос орын бар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the code is longer than 64 characters</source>
        <translation>код 64 таңбадан ұзын</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/directory/DirectoryEntryDialog.cpp" line="+2"/>
        <source>name (Russian)</source>
        <translation>атауы (орысша)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the Russian name is empty</source>
        <translation>орысша атауы бос</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/directory/DirectoryEntryDialog.cpp" line="+2"/>
        <source>name (Kazakh)</source>
        <translation>атауы (қазақша)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the Kazakh name is empty</source>
        <translation>қазақша атауы бос</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/directory/DirectoryEntryDialog.cpp" line="+2"/>
        <source>valid to</source>
        <translation>қолданылу соңы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the end of validity %1 is before its start %2</source>
        <translation>қолданылу соңы (%1) оның басынан (%2) ерте</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <location line="+12"/>
        <location filename="../ui/directory/DirectoryEntryDialog.cpp" line="+2"/>
        <source>parent</source>
        <translation>жоғарғы жазба</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>an entry cannot be its own parent</source>
        <translation>жазба өзіне-өзі жоғарғы жазба бола алмайды</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+37"/>
        <source>change directories</source>
        <translation>анықтамалықтарды өзгерту</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+199"/>
        <source>there is no entry %1 to be the parent</source>
        <translation>жоғарғы жазба ретінде көрсетілген %1 жазбасы жоқ</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>the code %1 is already used in this directory</source>
        <translation>%1 коды осы анықтамалықта бұрыннан пайдаланылған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the code of an entry cannot be changed; add a new entry and close this one</source>
        <translation>жазбаның кодын өзгертуге болмайды; жаңа жазба қосып, бұл жазбаны жабыңыз</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+189"/>
        <source>%1 cannot be under %2: %2 is already under %1</source>
        <translation>%1 жазбасы %2 жазбасына бағынышты бола алмайды: %2 жазбасы %1 жазбасына бағынышты</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+20"/>
        <location line="+36"/>
        <location line="+153"/>
        <location line="+12"/>
        <location line="+42"/>
        <source>directory</source>
        <translation>анықтамалық</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>there is no entry %1</source>
        <translation>%1 жазбасы жоқ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has entries under it; remove or move them first</source>
        <translation>%1 жазбасына бағынышты жазбалар бар; алдымен оларды жойыңыз немесе басқа жерге ауыстырыңыз</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+54"/>
        <location line="+129"/>
        <source>import directories</source>
        <translation>анықтамалықтарды импорттау</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>there is no directory %1</source>
        <translation>%1 анықтамалығы жоқ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected columns: %1</source>
        <translation>күтілетін бағандар: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; күн емес (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; бүтін сан емес</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>expected the statistics bureau&apos;s columns te, ab, cd, ef, hij, k, name_kaz, name_rus, nn</source>
        <translation>статистика бюросының te, ab, cd, ef, hij, k, name_kaz, name_rus, nn бағандары күтіледі</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the code %1 appears twice (first on line %2)</source>
        <translation>%1 коды екі рет кездеседі (алғаш рет %2-жолда)</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+12"/>
        <source>nothing was imported: %1</source>
        <translation>ештеңе импортталмады: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the program has no seed file for the directory %1</source>
        <translation>бағдарламада %1 анықтамалығының бастапқы деректер файлы жоқ</translation>
    </message>
</context>
<context>
    <name>DutyPost</name>
    <message>
        <location filename="../core/reception/DutyPost.cpp" line="+50"/>
        <source>set the duty post of this workstation</source>
        <translation>осы жұмыс орнының кезекшілік орнын белгілеу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is required when the facility type is given</source>
        <translation>мекеме түрі көрсетілген жағдайда толтырылуы міндетті</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required when the facility name is given</source>
        <translation>мекеменің атауы көрсетілген жағдайда толтырылуы міндетті</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not in the directory</source>
        <translation>%1 анықтамалықта жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has %1 characters; at most %2 fit</source>
        <translation>%1 таңбадан тұрады; ең көбі %2 таңба сыяды</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>duty post</source>
        <translation>кезекшілік орны</translation>
    </message>
</context>
<context>
    <name>EmergencyRegime</name>
    <message>
        <location filename="../core/reception/EmergencyRegime.cpp" line="+26"/>
        <source>Reason (state of emergency or quarantine, and its act)</source>
        <translation>Негіздеме (төтенше жағдай немесе карантин және ол туралы акт)</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+21"/>
        <location line="+7"/>
        <source>switch reception to videoconference only</source>
        <translation>қабылдауды тек БКБ-ға ауыстыру</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>is required: name the state of emergency or quarantine and the act that declared it (R-11)</source>
        <translation>міндетті: төтенше жағдайды немесе карантинді және оны енгізген актіні көрсетіңіз (R-11)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has %1 characters; at most %2 fit</source>
        <translation>%1 таңбадан тұрады; ең көбі %2 таңба</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>must be checked: reception is by videoconference only during the state of emergency or quarantine (R-11)</source>
        <translation>белгіленуі тиіс: төтенше жағдай немесе карантин кезінде қабылдау тек БКБ арқылы (R-11)</translation>
    </message>
</context>
<context>
    <name>Iin</name>
    <message>
        <location filename="../core/identity/Iin.cpp" line="-130"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN must have 12 digits, not %1</source>
        <translation>ЖСН 12 цифрдан тұруы тиіс, %1 емес</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IIN must contain only digits: %1</source>
        <translation>ЖСН тек цифрлардан тұруы тиіс: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; at position %2 is not a digit</source>
        <translation>%2-позициядағы &quot;%1&quot; цифр емес</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the 7th digit (century and sex) must be 1 to 6, not %1</source>
        <translation>7-цифр (ғасыр және жыныс) 1-ден 6-ға дейін болуы тиіс, %1 емес</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>birth date %1.%2.%3 does not exist</source>
        <translation>%1.%2.%3 деген туған күн болмайды</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>birth date %1.%2 does not exist</source>
        <translation>%1.%2 деген туған күн болмайды</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this number is never issued: its check digit cannot be computed (10 with both weight sets)</source>
        <translation>мұндай нөмір берілмейді: оның бақылау цифрын есептеу мүмкін емес (салмақтардың екі жиынтығында да 10 шығады)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check digit should be %1</source>
        <translation>бақылау цифры %1 болуы тиіс</translation>
    </message>
</context>
<context>
    <name>KatoCode</name>
    <message>
        <location filename="../core/identity/KatoCode.cpp" line="+87"/>
        <source>KATO</source>
        <translation>ӘАОЖ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KATO code must have 9 digits, not %1</source>
        <translation>ӘАОЖ коды 9 цифрдан тұруы тиіс, %1 емес</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; at position %2 is not a digit</source>
        <translation>%2-позициядағы &quot;%1&quot; цифр емес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KATO code must contain only digits: %1</source>
        <translation>ӘАОЖ коды тек цифрлардан тұруы тиіс: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a region code (digits 1–2)</source>
        <translation>%1 — облыс коды емес (1–2-цифрлар)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the district (digits 3–4) is 00, so the rural district (digits 5–6) must be 00, not %1</source>
        <translation>аудан (3–4-цифрлар) 00 болғандықтан, ауылдық округ (5–6-цифрлар) 00 болуы тиіс, %1 емес</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the district (digits 3–4) is 00, so the settlement (digits 7–9) must be 000, not %1</source>
        <translation>аудан (3–4-цифрлар) 00 болғандықтан, елді мекен (7–9-цифрлар) 000 болуы тиіс, %1 емес</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the rural district (digits 5–6) is 00, so the settlement (digits 7–9) must be 000, not %1</source>
        <translation>ауылдық округ (5–6-цифрлар) 00 болғандықтан, елді мекен (7–9-цифрлар) 000 болуы тиіс, %1 емес</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+49"/>
        <source>Queue</source>
        <translation>Кезек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reception (ЛП-1)</source>
        <translation>Қабылдау (ЛП-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeals</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-registration</source>
        <translation>Алдын ала жазылу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-registration to heads with the cut-offs of R-18 and R-36 and the refusal grounds of R-19, R-25 and R-33.</source>
        <translation>R-18 және R-36 шекті мерзімдерін, R-19, R-25 және R-33 бойынша бас тарту негіздерін ескере отырып, басшылардың қабылдауына алдын ала жазылу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedules</source>
        <translation>Кестелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reception schedules approved by heads and printed in Kazakh and Russian (R-4, R-5), duty prosecutors&apos; schedules in detention facilities (R-6).</source>
        <translation>Басшылар бекітетін, қазақ және орыс тілдерінде басып шығарылатын қабылдау кестелері (R-4, R-5), қамауда ұстау орындарындағы кезекші прокурорлардың кестелері (R-6).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report 1-ОЛ section 5 (RR-32), journals and statistics of reception.</source>
        <translation>1-ОЛ есебінің 5-бөлімі (RR-32), қабылдау журналдары мен статистикасы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation>Анықтамалықтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Синхрондау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration</source>
        <translation>Әкімшілік</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="+81"/>
        <source>database schema</source>
        <translation>дерекқор схемасы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the program has no migrations in %1</source>
        <translation>бағдарламада %1 ішінде миграциялар жоқ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the database has schema version %1, newer than this program knows (%2); install the newer version of the program</source>
        <translation>дерекқор схемасының нұсқасы %1, бұл бағдарлама білетін нұсқадан (%2) жаңа; бағдарламаның жаңа нұсқасын орнатыңыз</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot read migration %1</source>
        <translation>%1 миграциясын оқу мүмкін емес</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>migration %1 (%2) failed: %3
%4</source>
        <translation>%1 (%2) миграциясы орындалмады: %3
%4</translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <location filename="../ui/queue/OperatorPanel.cpp" line="+43"/>
        <source>Call next</source>
        <translation>Келесіні шақыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick selected</source>
        <translation>Таңдалғанды шақыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall</source>
        <translation>Қайта шақыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Келмеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postpone…</source>
        <translation>Кейінге қалдыру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirect…</source>
        <translation>Қайта бағыттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start reception</source>
        <translation>Қабылдауды бастау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue a ticket…</source>
        <translation>Талон беру…</translation>
    </message>
</context>
<context>
    <name>PdfWriter</name>
    <message>
        <location filename="../ui/print/PdfWriter.cpp" line="+50"/>
        <location line="+19"/>
        <source>the page could not be painted</source>
        <translation>бетті салу мүмкін болмады</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>printing needs a QGuiApplication</source>
        <translation>басып шығару үшін QGuiApplication қажет</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+15"/>
        <source>cannot write %1: %2</source>
        <translation>%1 жазылмады: %2</translation>
    </message>
</context>
<context>
    <name>PreRegistration</name>
    <message>
        <location filename="../core/prereg/PreRegistration.cpp" line="+49"/>
        <source>Signed up</source>
        <translation>Жазылды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting agreement with the subdivision</source>
        <translation>Бөлімшемен келісуді күтуде</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned without consideration</source>
        <translation>Қараусыз қайтарылды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attended</source>
        <translation>Келді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did not come</source>
        <translation>Келмеді</translation>
    </message>
</context>
<context>
    <name>PreRegistrationCheckIn</name>
    <message>
        <location filename="../core/prereg/PreRegistrationCheckIn.cpp" line="+40"/>
        <location line="+4"/>
        <source>Request</source>
        <translation>Өтінім</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Request: there is no such request</source>
        <translation>Өтінім: мұндай өтінім жоқ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request %1: the person is not signed up (%2)</source>
        <translation>Өтінім %1: адам жазылмаған (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reception date</source>
        <translation>Қабылдау күні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request %1: the reception is on %2; check-in is on that day</source>
        <translation>Өтінім %1: қабылдау %2; келгені туралы белгі — сол күні</translation>
    </message>
</context>
<context>
    <name>PreRegistrationReminders</name>
    <message>
        <location filename="../core/prereg/PreRegistrationReminders.cpp" line="+15"/>
        <source>overdue since %1</source>
        <translation>%1 бастап мерзімі өткен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due %1</source>
        <translation>мерзімі %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Справки (%1) for the reception of %2 on %3: %4, %n person(s)</source>
        <translation>
            <numerusform>Анықтамалар (%1), %2 қабылдауы %3: %4, %n адам</numerusform>
            <numerusform>Анықтамалар (%1), %2 қабылдауы %3: %4, %n адам</numerusform>
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
        <translation>Қабылдау</translation>
    </message>
    <message>
        <location line="-384"/>
        <source>Reception: choose a line of the reception schedule</source>
        <translation>Қабылдау: қабылдау кестесінің жолын таңдаңыз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reception: %1 receives off-schedule by instruction (R-50); there is no pre-registration to it</source>
        <translation>Қабылдау: %1 тапсырма бойынша кестеден тыс қабылдайды (R-50); бұл қабылдауға алдын ала жазылу жоқ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reception: district offices receive daily without pre-registration and never refuse a reception (R-39, R-41)</source>
        <translation>Қабылдау: аудандық прокуратуралар алдын ала жазылусыз күн сайын қабылдайды және қабылдаудан ешқашан бас тартпайды (R-39, R-41)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reception: %1 receives without pre-registration (R-3)</source>
        <translation>Қабылдау: %1 алдын ала жазылусыз қабылдайды (R-3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Channel</source>
        <translation>Түсу арнасы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel: an egov.kz e-application, a paper appeal or a Call-centre request (R-3)</source>
        <translation>Түсу арнасы: egov.kz арқылы берілген электрондық өтінім, қағаз түріндегі өтініш немесе Call-орталыққа түскен өтінім (R-3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Applicant: the name is required</source>
        <translation>Өтініш беруші: аты-жөнін көрсету міндетті</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IIN: %1 is not a valid IIN</source>
        <translation>ЖСН: %1 — жарамды ЖСН емес</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Represented person</source>
        <translation>Мүддесі үшін өтінім берілген тұлға</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Represented person: the person in whose interests the request is filed is required</source>
        <translation>Мүддесі үшін өтінім берілген тұлға: мүддесі үшін өтінім берілген тұлғаны көрсету міндетті</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Authority</source>
        <translation>Өкілеттік</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Authority: a Call-centre request for another person is taken only with the information on the authority to file it (R-3)</source>
        <translation>Өкілеттік: басқа тұлға үшін Call-орталыққа түскен өтінім оны беруге өкілеттік туралы мәліметтер болған жағдайда ғана қабылданады (R-3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreement</source>
        <translation>Келісу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement: &quot;%1&quot; is not a case of R-21 or R-35</source>
        <translation>Келісу: &quot;%1&quot; — R-21 немесе R-35 көздеген жағдай емес</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Instruction</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Instruction: who instructed the reception is required (R-3, R-24, R-29)</source>
        <translation>Тапсырма: қабылдауды кім тапсырғанын көрсету міндетті (R-3, R-24, R-29)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Received on</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Received on: the date is required</source>
        <translation>Түскен күні: күнді көрсету міндетті</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on: the date is in the future</source>
        <translation>Түскен күні: болашақтағы күн</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Essence</source>
        <translation>Өтініштің мәні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+239"/>
        <source>%1 is longer than %2 characters</source>
        <translation>%1: %2 таңбадан ұзын</translation>
    </message>
    <message>
        <location line="-232"/>
        <location line="+125"/>
        <location line="+59"/>
        <location line="+66"/>
        <location line="+27"/>
        <source>keep pre-registration</source>
        <translation>алдын ала жазылуды жүргізу</translation>
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
        <translation>Өтінім</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Request: registered already as %1</source>
        <translation>Өтінім: № %1 болып тіркеліп қойған</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reception: the schedule line of %1 is not approved yet (R-4)</source>
        <translation>Қабылдау: %1 қабылдау жүргізетін кесте жолы әлі бекітілмеген (R-4)</translation>
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
        <translation>Қабылдау күні</translation>
    </message>
    <message>
        <location line="-275"/>
        <location line="+265"/>
        <source>Reception date: %1 does not receive on %2</source>
        <translation>Қабылдау күні: %1 %2 күні қабылдау жүргізбейді</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>Reception date: the reception on %1 is not ahead any more</source>
        <translation>Қабылдау күні: %1 күнгі қабылдау күні келіп қойған</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appointment</source>
        <translation>Қабылдау уақыты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Appointment: %1 is outside the reception hours %2–%3</source>
        <translation>Қабылдау уақыты: %1 қабылдау сағаттарынан (%2–%3) тыс</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reception date: registration for %1 was closed on %2</source>
        <translation>Қабылдау күні: %1 күнгі қабылдауға жазылу %2 жабылған</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The essence of the question is not stated (АППК ст. 63): returned without consideration (R-3)</source>
        <translation>Мәселенің мәні баяндалмаған (ӘРПК 63-бабы): қараусыз қайтарылды (R-3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the request could not be registered</source>
        <translation>өтінімді тіркеу мүмкін болмады</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the request could not be changed</source>
        <translation>өтінімді өзгерту мүмкін болмады</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+59"/>
        <location line="+66"/>
        <source>Request: there is no such request</source>
        <translation>Өтінім: мұндай өтінім жоқ</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Request %1: nothing awaits agreement (%2)</source>
        <translation>%1 өтінімі: келісуді күтетін ештеңе жоқ (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subdivision</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subdivision: the structural subdivision agreed with is required (R-21, R-35)</source>
        <translation>Бөлімше: келісім жасалған құрылымдық бөлімшені көрсету міндетті (R-21, R-35)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reception date: registration for %1 is closed</source>
        <translation>Қабылдау күні: %1 күнгі қабылдауға жазылу жабылған</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Request %1: it cannot be refused now (%2)</source>
        <translation>%1 өтінімі: қазір одан бас тарту мүмкін емес (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request %1: the reception on %2 is not ahead any more</source>
        <translation>%1 өтінімі: %2 күнгі қабылдау күні келіп қойған</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <location line="+2"/>
        <source>Ground</source>
        <translation>Негіз</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Ground: the rules list no grounds to refuse registration for %1; only the General Prosecutor (R-19), the deputies (R-25) and the heads of R-33 have them</source>
        <translation>Негіз: ережелерде «%1» үшін жазылудан бас тарту негіздері көзделмеген; олар тек Бас Прокурорда (R-19), оның орынбасарларында (R-25) және R-33 көрсетілген басшыларда бар</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ground: choose the ground of refusal (%1)</source>
        <translation>Негіз: бас тарту негізін таңдаңыз (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ground: &quot;%1&quot; is not a ground of %2 for %3</source>
        <translation>Негіз: &quot;%1&quot; — «%3» үшін %2 бойынша көзделген негіз емес</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Explanation</source>
        <translation>Түсіндірме</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Explanation: the explanation given to the person is required (%1)</source>
        <translation>Түсіндірме: тұлғаға берілген түсіндірмені көрсету міндетті (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Request %1: the person is not signed up (%2)</source>
        <translation>%1 өтінімі: тұлға қабылдауға жазылмаған (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request %1: the reception is on %2</source>
        <translation>%1 өтінімі: қабылдау %2 өтеді</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reception date: %1 has passed</source>
        <translation>Қабылдау күні: %1 өтіп кеткен</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reception date: registration for %1 was closed on %2 already</source>
        <translation>Қабылдау күні: %1 күнгі қабылдауға жазылу %2 жабылып қойған</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>registration could not be closed</source>
        <translation>жазылуды жабу мүмкін болмады</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Registration for %1 is closed</source>
        <translation>%1 күнгі қабылдауға жазылу жабылған</translation>
    </message>
</context>
<context>
    <name>PreRegistrationTerms</name>
    <message>
        <location filename="../core/prereg/PreRegistrationTerms.cpp" line="+38"/>
        <source>District offices receive daily without pre-registration (R-39).</source>
        <translation>Аудандық прокуратуралар алдын ала жазылусыз күн сайын қабылдайды (R-39).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This official receives without pre-registration (R-3).</source>
        <translation>Бұл лауазымды тұлға алдын ала жазылусыз қабылдайды (R-3).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>District offices receive daily without pre-registration: there is nothing to sign up for (R-39)</source>
        <translation>Аудандық прокуратуралар алдын ала жазылусыз күн сайын қабылдайды: жазылудың қажеті жоқ (R-39)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This official receives without pre-registration (R-3)</source>
        <translation>Бұл лауазымды тұлға алдын ала жазылусыз қабылдайды (R-3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a day off: registration is kept on working days only (%2)</source>
        <translation>%1 — демалыс күні: жазылу тек жұмыс күндері жүргізіледі (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registration for the reception on %1 closed: the last day of intake was %2 (%3)</source>
        <translation>%1 күнгі қабылдауға жазылу жабылды: жазылуды қабылдаудың соңғы күні — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../core/common/Problem.cpp" line="+12"/>
        <source>line %1</source>
        <translation>%1-жол</translation>
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
        <translation>кезек қызметтерін баптау</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the service code &quot;%1&quot; must be Latin lower-case letters, digits and &apos;_&apos;</source>
        <translation>қызмет коды &quot;%1&quot; тек кіші латын әріптерінен, цифрлардан және &apos;_&apos; таңбасынан тұруы тиіс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prefix</source>
        <translation>префикс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the ticket prefix must be one to three characters, e.g. К</source>
        <translation>талон префиксі бір таңбадан үш таңбаға дейін болуы тиіс, мысалы, К</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name in Kazakh</source>
        <translation>атауы қазақша</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the service needs a name in Kazakh (R-45)</source>
        <translation>қызметтің қазақша атауын көрсетіңіз (R-45)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name in Russian</source>
        <translation>атауы орысша</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the service needs a name in Russian (R-45)</source>
        <translation>қызметтің орысша атауын көрсетіңіз (R-45)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first number</source>
        <translation>бірінші нөмір</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the first number cannot be negative</source>
        <translation>бірінші нөмір теріс сан бола алмайды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last number</source>
        <translation>соңғы нөмір</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last number (%1) is below the first (%2)</source>
        <translation>соңғы нөмір (%1) бірінші нөмірден (%2) кіші</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>average minutes</source>
        <translation>орташа уақыт, мин</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the average length of a service must be at least one minute</source>
        <translation>қызмет көрсетудің орташа ұзақтығы кемінде бір минут болуы тиіс</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>service</source>
        <translation>қызмет</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>configure the queue&apos;s desks</source>
        <translation>кезек терезелерін баптау</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>desk number</source>
        <translation>терезе нөмірі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the desk needs a number of one to eight characters</source>
        <translation>терезе нөмірі бір таңбадан сегіз таңбаға дейін болуы тиіс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>desk name</source>
        <translation>терезе атауы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the desk needs a name</source>
        <translation>терезенің атауын көрсетіңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>services</source>
        <translation>қызметтер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>there is no queue service %1</source>
        <translation>%1 кезек қызметі жоқ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>desk</source>
        <translation>терезе</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>set the queue&apos;s wait alert</source>
        <translation>кезектегі ұзақ күту туралы хабарлауды баптау</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>alert after</source>
        <translation>хабарлау шегі</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the wait alert must be between 1 and 1440 minutes</source>
        <translation>күту туралы хабарлау шегі 1-ден 1440 минутқа дейін болуы тиіс</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>queue services</source>
        <translation>кезек қызметтері</translation>
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
        <translation>терезе</translation>
    </message>
    <message>
        <location line="-378"/>
        <source>choose a desk</source>
        <translation>терезені таңдаңыз</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+177"/>
        <source>there is no desk %1</source>
        <translation>%1 терезесі жоқ</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>desk %1 is closed (not active)</source>
        <translation>%1 терезесі жабық (белсенді емес)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>queue</source>
        <translation>кезек</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>issue queue tickets</source>
        <translation>кезек талондарын беру</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+52"/>
        <source>service</source>
        <translation>қызмет</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>choose a service</source>
        <translation>қызметті таңдаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no queue service %1</source>
        <translation>%1 кезек қызметі жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the service %1 is not offered now</source>
        <translation>«%1» қызметі қазір көрсетілмейді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language</source>
        <translation>тіл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the language of reception must be kk (Kazakh) or ru (Russian), not &quot;%1&quot; (R-45)</source>
        <translation>қабылдау тілі &quot;%1&quot; емес, kk (қазақ) немесе ru (орыс) болуы тиіс (R-45)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>out-of-turn category</source>
        <translation>кезектен тыс қабылдау санаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an out-of-turn category of R-9 (see `queue services`)</source>
        <translation>%1 — R-9 бойынша кезектен тыс қабылдау санаты емес (`queue services` қараңыз)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>appointment time</source>
        <translation>қабылдауға жазылу уақыты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the appointment is on %1, not today: a ticket is for today&apos;s queue</source>
        <translation>қабылдауға жазылу бүгінге емес, %1 күніне белгіленген: талон тек бүгінгі кезекке беріледі</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>pre-registration</source>
        <translation>алдын ала жазылу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the visitor has already checked in: ticket %1</source>
        <translation>келуші тіркеліп қойған: талон %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>today&apos;s numbers of %1 are used up (%2 to %3); the administrator can widen the range</source>
        <translation>«%1» қызметінің бүгінгі нөмірлері таусылды (%2-ден %3-ке дейін); әкімші ауқымды кеңейте алады</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+68"/>
        <source>call visitors</source>
        <translation>келушілерді шақыру</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>desk %1 is still at %2 (%3): finish it, mark a no-show, postpone or redirect it first</source>
        <translation>%1 терезесінде %2 талоны әлі аяқталмаған (%3): алдымен оны аяқтаңыз, келмеді деп белгілеңіз, кейінге қалдырыңыз немесе қайта бағыттаңыз</translation>
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
        <translation>күтудегі талонды таңдаңыз</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>there is no ticket %1</source>
        <translation>%1 талоны жоқ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a ticket of %2, not of today</source>
        <translation>%1 талоны бүгін емес, %2 күні берілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not waiting: it is %2</source>
        <translation>%1 талоны күтуде емес: оның күйі — %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>desk %1 has no called ticket to %2: call a visitor first</source>
        <translation>%1 терезесінде %2 үшін шақырылған талон жоқ: алдымен келушіні шақырыңыз</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>recall</source>
        <translation>қайта шақыру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is already in reception: there is nobody to recall</source>
        <translation>%1 талоны қабылдауда: қайта шақыратын ешкім жоқ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>mark as not come</source>
        <translation>келмеді деп белгілеу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is in reception: the visitor came, finish the ticket instead</source>
        <translation>%1 талоны қабылдауда: келуші келді, оның орнына талонды аяқтаңыз</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>postpone until</source>
        <translation>кейінге қалдыру мерзімі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the ticket can be postponed to a later time of today only</source>
        <translation>талонды тек бүгінгі күннің кейінгі уақытына қалдыруға болады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>postpone</source>
        <translation>кейінге қалдыру</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>redirect to</source>
        <translation>қайта бағыттау адресаты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>choose the desk, the service or the prosecutor to redirect to</source>
        <translation>талонды қайта бағыттау үшін терезені, қызметті немесе прокурорды таңдаңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>redirect to desk</source>
        <translation>терезеге қайта бағыттау</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>there is no open desk %1</source>
        <translation>ашық %1 терезесі жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ticket is already at desk %1</source>
        <translation>талон қазірдің өзінде %1 терезесінде</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>redirect to service</source>
        <translation>қызметке қайта бағыттау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>there is no offered queue service %1</source>
        <translation>көрсетілетін %1 кезек қызметі жоқ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>redirect to prosecutor</source>
        <translation>прокурорға қайта бағыттау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is not an active prosecutor or head</source>
        <translation>%1 — белсенді прокурор немесе басшы емес</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>redirect</source>
        <translation>қайта бағыттау</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>start the reception</source>
        <translation>қабылдауды бастау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reception of %1 has already started</source>
        <translation>%1 талоны бойынша қабылдау басталып қойған</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>finish</source>
        <translation>аяқтау</translation>
    </message>
</context>
<context>
    <name>QueueStatistics</name>
    <message>
        <location filename="../core/queue/QueueStatistics.cpp" line="+72"/>
        <source>see the queue&apos;s statistics</source>
        <translation>кезек статистикасын қарау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from</source>
        <translation>кезеңнің басы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the first day of the period is not a date</source>
        <translation>кезеңнің бірінші күні дұрыс күн емес</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>to</source>
        <translation>кезеңнің соңы</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the last day of the period is not a date</source>
        <translation>кезеңнің соңғы күні дұрыс күн емес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the period ends (%1) before it begins (%2)</source>
        <translation>кезеңнің аяқталуы (%1) басталуынан (%2) бұрын</translation>
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
        <translation>Берілген талондар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Served</source>
        <translation>Қызмет көрсетілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-shows</source>
        <translation>Келмегендер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show rate</source>
        <translation>Келмегендер үлесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait: mean</source>
        <translation>Күту: орташа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait: median</source>
        <translation>Күту: медиана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait: 90th percentile</source>
        <translation>Күту: 90-процентиль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait: longest</source>
        <translation>Күту: ең ұзақ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service: mean</source>
        <translation>Қызмет көрсету: орташа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service: median</source>
        <translation>Қызмет көрсету: медиана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service: 90th percentile</source>
        <translation>Қызмет көрсету: 90-процентиль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service: longest</source>
        <translation>Қызмет көрсету: ең ұзақ</translation>
    </message>
</context>
<context>
    <name>QueueText</name>
    <message>
        <location filename="../ui/queue/BoardWindow.cpp" line="+183"/>
        <location line="+30"/>
        <source>Waiting: %n</source>
        <translation>Күтуде: %n</translation>
    </message>
    <message>
        <location line="-9"/>
        <location filename="../ui/queue/TalonPrint.cpp" line="+65"/>
        <source>Electronic queue</source>
        <translation>Электрондық кезек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>Талон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk</source>
        <translation>Терезе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome to the citizen reception centre of the prosecutor&apos;s office. Please wait for your number on the board.</source>
        <translation>Прокуратураның азаматтарды қабылдау орталығына қош келдіңіз. Нөміріңіздің таблоға шығуын күтіңіз.</translation>
    </message>
    <message>
        <location filename="../ui/queue/KioskWindow.cpp" line="+214"/>
        <source>No services are offered now.</source>
        <translation>Қазір қызметтер көрсетілмейді.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>None of these: take a ticket</source>
        <translation>Аталғандардың ешқайсысы: талон алу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I came from another town or district</source>
        <translation>Мен басқа қаладан немесе ауданнан келдім</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>No pre-registration for today was found for this IIN. Please check it or ask the staff.</source>
        <translation>Осы ЖСН бойынша бүгінге алдын ала жазылу табылмады. Тексеріңіз немесе қызметкерлерге жүгініңіз.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The ticket could not be issued. Please ask the staff.</source>
        <translation>Талон берілмеді. Қызметкерге жүгініңіз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your number</source>
        <translation>Сіздің нөміріңіз</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/queue/TalonPrint.cpp" line="+12"/>
        <source>You will be called at</source>
        <translation>Сізді шақыратын уақыт</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/queue/TalonPrint.cpp" line="+3"/>
        <source>People ahead</source>
        <translation>Сіздің алдыңызда</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/queue/TalonPrint.cpp" line="+1"/>
        <source>Estimated wait</source>
        <translation>Күтудің болжамды уақыты</translation>
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
        <translation>Талонды басып шығару мүмкін болмады: нөміріңізді есте сақтаңыз немесе қызметкерге жүгініңіз.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+2"/>
        <source>Welcome! Choose the language</source>
        <translation>Қош келдіңіз! Тілді таңдаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the service</source>
        <translation>Қызметті таңдаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you belong to a category received out of turn?</source>
        <translation>Сіз кезектен тыс қабылданатын санатқа жатасыз ба?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+5"/>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+3"/>
        <source>OK</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Enter your IIN</source>
        <translation>ЖСН-ді енгізіңіз</translation>
    </message>
    <message>
        <location filename="../ui/queue/TalonPrint.cpp" line="-12"/>
        <source>Out of turn</source>
        <translation>Кезектен тыс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out-of-town visitor</source>
        <translation>Басқа елді мекеннен келген келуші</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Please wait for your number on the board.</source>
        <translation>Нөміріңіздің таблоға шығуын күтіңіз.</translation>
    </message>
    <message>
        <location filename="../ui/reception/EmergencyNotice.cpp" line="+73"/>
        <source>State of emergency or quarantine: citizens are received by videoconference only. Please ask the staff.</source>
        <translation>Төтенше жағдай немесе карантин: азаматтарды қабылдау тек бейнеконференцбайланыс арқылы. Қызметкерлерге жүгініңіз.</translation>
    </message>
</context>
<context>
    <name>QueueTicket</name>
    <message>
        <location filename="../core/queue/QueueTicket.cpp" line="+53"/>
        <source>waiting</source>
        <translation>күтуде</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>called</source>
        <translation>шақырылды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in reception</source>
        <translation>қабылдауда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finished</source>
        <translation>аяқталды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>did not come</source>
        <translation>келмеді</translation>
    </message>
</context>
<context>
    <name>ReceptionCard</name>
    <message>
        <location filename="../core/reception/ReceptionCard.cpp" line="+56"/>
        <source>there is no field %1 on the card</source>
        <translation>карточкада %1 өрісі жоқ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be true or false</source>
        <translation>true немесе false болуы тиіс</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a date that exists (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; деген күн болмайды (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be text</source>
        <translation>мәтін болуы тиіс</translation>
    </message>
</context>
<context>
    <name>ReceptionLevels</name>
    <message>
        <location filename="../core/schedule/ReceptionLevel.cpp" line="+151"/>
        <source>General Prosecutor</source>
        <translation>Бас Прокурор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deputy General Prosecutor</source>
        <translation>Бас Прокурордың орынбасары</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head of a subdivision of the General Prosecutor&apos;s Office</source>
        <translation>Бас прокуратура бөлімшесінің басшысы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head of an agency, institution, military, transport or oblast prosecutor&apos;s office, or a deputy</source>
        <translation>Ведомство, мекеме, әскери, көлік немесе облыс прокуратурасының басшысы не оның орынбасары</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District prosecutor&apos;s office</source>
        <translation>Аудандық прокуратура</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official receiving as needed</source>
        <translation>Қажет болған жағдайда қабылдайтын лауазымды тұлға</translation>
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
        <translation>Қабылдау прокуроры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duty prosecutor</source>
        <translation>Кезекші прокурор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head</source>
        <translation>Басшы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
</context>
<context>
    <name>ScheduleCheck</name>
    <message>
        <location filename="../core/schedule/ScheduleCheck.cpp" line="+66"/>
        <source>%1: the reception %2–%3 ends before it starts</source>
        <translation>%1: %2–%3 қабылдауы басталмай жатып аяқталады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the reception %2–%3 is outside the working hours 9:00–18:30 (R-4)</source>
        <translation>%1: %2–%3 қабылдауы 9:00–18:30 жұмыс уақытынан тыс (R-4)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 would receive twice at once on %2: %3–%4 and %5–%6</source>
        <translation>%1 %2 күні бір мезгілде екі қабылдау жүргізер еді: %3–%4 және %5–%6</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2 is a day off in the calendar, there is no reception that day (R-4)</source>
        <translation>%1: %2 күнтізбе бойынша демалыс күні, ол күні қабылдау жүргізілмейді (R-4)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 has no reception in the week %2–%3: at least one a week is required (%4)</source>
        <translation>%1: %2–%3 аптасында қабылдау жоқ: аптасына кемінде бір қабылдау өткізілуі тиіс (%4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no duty prosecutor&apos;s reception in the week %2–%3: at least one a week is required (%4)</source>
        <translation>%1: %2–%3 аптасында кезекші прокурордың қабылдауы жоқ: аптасына кемінде бір қабылдау өткізілуі тиіс (%4)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has no reception in %2: at least one a month is required (R-15)</source>
        <translation>%1: %2 айында қабылдау жоқ: айына кемінде бір қабылдау өткізілуі тиіс (R-15)</translation>
    </message>
</context>
<context>
    <name>ScheduleEntry</name>
    <message>
        <location filename="../core/schedule/ScheduleEntry.cpp" line="+91"/>
        <source>Regular reception</source>
        <translation>Әдеттегі қабылдау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field reception</source>
        <translation>Көшпелі қабылдау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duty prosecutor in a detention facility</source>
        <translation>Қамауда ұстау орнындағы кезекші прокурор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off-schedule reception by instruction (R-50)</source>
        <translation>Тапсырма бойынша кестеден тыс қабылдау (R-50)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>written</source>
        <translation>жазбаша</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>oral</source>
        <translation>ауызша</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Monday</source>
        <translation>Дүйсенбі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tuesday</source>
        <translation>Сейсенбі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wednesday</source>
        <translation>Сәрсенбі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thursday</source>
        <translation>Бейсенбі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Friday</source>
        <translation>Жұма</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saturday</source>
        <translation>Сенбі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sunday</source>
        <translation>Жексенбі</translation>
    </message>
</context>
<context>
    <name>ScheduleService</name>
    <message>
        <location filename="../core/schedule/ScheduleService.cpp" line="+123"/>
        <location line="+60"/>
        <source>Official</source>
        <translation>Лауазымды тұлға</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Official: the full name is required (R-5)</source>
        <translation>Лауазымды тұлға: толық аты-жөнін көрсету міндетті (R-5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+191"/>
        <source>Position</source>
        <translation>Лауазым</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Position is required</source>
        <translation>Лауазымды көрсету міндетті</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position: &quot;%1&quot; is not in the directory</source>
        <translation>Лауазым: &quot;%1&quot; анықтамалықта жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Organisation is required</source>
        <translation>Ұйымды көрсету міндетті</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation: &quot;%1&quot; is not in the directory</source>
        <translation>Ұйым: &quot;%1&quot; анықтамалықта жоқ</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <location line="+186"/>
        <location line="+2"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Date: give the day of the reception or a weekday</source>
        <translation>Күні: қабылдау күнін немесе апта күнін көрсетіңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date: %1 is a day off in the calendar; receptions are held on working days (R-4)</source>
        <translation>Күні: %1 күнтізбе бойынша демалыс күні; қабылдау жұмыс күндері өткізіледі (R-4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Weekday</source>
        <translation>Апта күні</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Weekday: %1 is not a day of the week</source>
        <translation>Апта күні: %1 — апта күні емес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekday: receptions are held on working days (R-4); a working Saturday or Sunday by decree takes a line with its date</source>
        <translation>Апта күні: қабылдау жұмыс күндері өткізіледі (R-4); қаулымен жұмыс күні етілген сенбі немесе жексенбі үшін сол күннің күні көрсетілген жол жасалады</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid from</source>
        <translation>Қолданылу басы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid from: the first day of the schedule is required</source>
        <translation>Қолданылу басы: кестенің бірінші күнін көрсету міндетті</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid to</source>
        <translation>Қолданылу соңы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid to: the period ends before it starts</source>
        <translation>Қолданылу соңы: кезең басталмай жатып аяқталады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week of the month</source>
        <translation>Айдың аптасы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week of the month: 1 to 5, the last (-1) or every week (0)</source>
        <translation>Айдың аптасы: 1-ден 5-ке дейін, соңғы апта (-1) немесе әр апта (0)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <location line="+136"/>
        <source>Hours</source>
        <translation>Қабылдау сағаттары</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+22"/>
        <location line="+1"/>
        <location line="+96"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Place: where the reception is held is required</source>
        <translation>Орны: қабылдау өтетін орынды көрсету міндетті</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>Facility type</source>
        <translation>Мекеме түрі</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Facility type: required for a duty prosecutor&apos;s reception (R-6)</source>
        <translation>Мекеме түрі: кезекші прокурордың қабылдауы үшін көрсету міндетті (R-6)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facility type: &quot;%1&quot; is not in the directory</source>
        <translation>Мекеме түрі: &quot;%1&quot; анықтамалықта жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facility type: duty prosecutors do not receive in %1 (R-6)</source>
        <translation>Мекеме түрі: %1 — кезекші прокурорлар қабылдау жүргізетін мекеме емес (R-6)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>Facility</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Facility: the facility where the duty prosecutor receives is required (R-6)</source>
        <translation>Мекеме: кезекші прокурор қабылдау жүргізетін мекемені көрсету міндетті (R-6)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facility: only a duty prosecutor&apos;s reception is held in a facility (R-6)</source>
        <translation>Мекеме: мекемеде тек кезекші прокурордың қабылдауы өткізіледі (R-6)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+152"/>
        <source>%1 is longer than %2 characters</source>
        <translation>%1: %2 таңбадан ұзын</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+241"/>
        <source>keep reception schedules</source>
        <translation>қабылдау кестелерін жүргізу</translation>
    </message>
    <message>
        <location line="-237"/>
        <location line="+12"/>
        <location line="+117"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Kind: an off-schedule reception is issued as an instruction of the ЦПГ prosecutor (R-50), not kept as a schedule line</source>
        <translation>Түрі: кестеден тыс қабылдау кесте жолы ретінде емес, АҚО прокурорының тапсырмасымен ресімделеді (R-50)</translation>
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
        <translation>Кесте</translation>
    </message>
    <message>
        <location line="-252"/>
        <location line="+55"/>
        <location line="+177"/>
        <source>Schedule: there is no such line</source>
        <translation>Кесте: мұндай жол жоқ</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Kind: an instruction given (R-50) is not changed; remove it and issue another</source>
        <translation>Түрі: берілген тапсырма (R-50) өзгертілмейді; оны кері қайтарып, жаңасын беріңіз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>change an approved schedule</source>
        <translation>бекітілген кестені өзгерту</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the schedule line could not be saved</source>
        <translation>кесте жолын сақтау мүмкін болмады</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>approve reception schedules (R-4)</source>
        <translation>қабылдау кестелерін бекіту (R-4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Schedule: the line is approved already (%1, %2)</source>
        <translation>Кесте: жол бекітіліп қойған (%1, %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Place: give it in Kazakh and in Russian, the schedule is posted in both languages (R-5)</source>
        <translation>Орны: оны қазақ және орыс тілдерінде көрсетіңіз, кесте екі тілде орналастырылады (R-5)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the line could not be approved</source>
        <translation>жолды бекіту мүмкін болмады</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Position: an off-schedule reception is instructed to oblast or district prosecutors and their deputies (R-50), not to %1</source>
        <translation>Лауазымы: кестеден тыс қабылдау облыс және аудан прокурорларына және олардың орынбасарларына тапсырылады (R-50), %1 емес</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Form</source>
        <translation>Нысаны</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form: the instruction is given in writing or orally (R-50)</source>
        <translation>Нысаны: тапсырма жазбаша немесе ауызша беріледі (R-50)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date: the day of the off-schedule reception is required (R-50)</source>
        <translation>Күні: кестеден тыс қабылдау күні міндетті (R-50)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date: %1 has passed; a reception that cannot wait is instructed for today or a day ahead (R-50)</source>
        <translation>Күні: %1 өтіп кетті; кейінге қалдыруға болмайтын қабылдау бүгінге немесе алдағы күнге тапсырылады (R-50)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hours: from and to are required, within 9:00–18:30 (R-4)</source>
        <translation>Сағаттары: басталуы мен аяқталуы міндетті, 9:00–18:30 аралығында (R-4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Reason</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Reason: why the reception cannot wait for the schedule is required (R-50)</source>
        <translation>Негіздеме: қабылдаудың неліктен кестені күте алмайтынын көрсету міндетті (R-50)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind: an instruction is an off-schedule reception (R-50)</source>
        <translation>Түрі: тапсырма — кестеден тыс қабылдау (R-50)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visitor</source>
        <translation>Келуші</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+38"/>
        <source>ЛП-1 card</source>
        <translation>ЛП-1 карточкасы</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>instruct an off-schedule reception (R-50)</source>
        <translation>кестеден тыс қабылдауды тапсыру (R-50)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule: the instruction is given already</source>
        <translation>Кесте: тапсырма берілген</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ЛП-1 card: there is no card %1</source>
        <translation>ЛП-1 карточкасы: %1 карточкасы жоқ</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the instruction could not be recorded</source>
        <translation>тапсырманы жазу мүмкін болмады</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>withdraw an off-schedule reception instruction (R-50)</source>
        <translation>кестеден тыс қабылдау туралы тапсырманы кері қайтару (R-50)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>remove an approved schedule line</source>
        <translation>бекітілген кесте жолын жою</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Schedule: %n person(s) signed up for a coming reception of this line</source>
        <translation>
            <numerusform>Кесте: осы жол бойынша алдағы қабылдауға %n адам жазылған</numerusform>
            <numerusform>Кесте: осы жол бойынша алдағы қабылдауға %n адам жазылған</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the line could not be removed</source>
        <translation>жолды жою мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../core/security/Session.cpp" line="+26"/>
        <source>nobody signed in</source>
        <translation>ешкім кірмеген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permission</source>
        <translation>рұқсат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 may not %2: this needs the role %3</source>
        <translation>%1 — %2 құқығы жоқ: бұл үшін %3 рөлі қажет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or </source>
        <translation> немесе </translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../core/setup/Setup.cpp" line="+28"/>
        <source>device</source>
        <translation>құрылғы</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>database</source>
        <translation>дерекқор</translation>
    </message>
</context>
<context>
    <name>SigningMatrix</name>
    <message>
        <location filename="../core/appeal/SigningMatrix.cpp" line="+35"/>
        <source>General Prosecutor</source>
        <translation>Бас Прокурор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deputy General Prosecutor, Head of the GPO Apparatus</source>
        <translation>Бас Прокурордың орынбасары, Бас прокуратура Аппаратының басшысы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head of a GPO subdivision</source>
        <translation>Бас прокуратура бөлімшесінің басшысы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deputy head of a GPO subdivision</source>
        <translation>Бас прокуратура бөлімшесі басшысының орынбасары</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head of an agency, military or transport prosecutor, oblast prosecutor</source>
        <translation>Ведомство басшысы, әскери немесе көлік прокуроры, облыс прокуроры</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deputy of an agency head or of an oblast prosecutor</source>
        <translation>Ведомство басшысының немесе облыс прокурорының орынбасары</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District prosecutor</source>
        <translation>Аудан прокуроры</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the signing matrix has no column &quot;decision&quot;</source>
        <translation>қол қою матрицасында &quot;decision&quot; бағаны жоқ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the signing matrix has no column for the level %1</source>
        <translation>қол қою матрицасында %1 деңгейіне арналған баған жоқ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the decision &quot;%1&quot; is empty or repeated</source>
        <translation>&quot;%1&quot; шешімі бос немесе қайталанған</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a cell is 1 or 0, not &quot;%1&quot;</source>
        <translation>ұяшықтың мәні &quot;%1&quot; емес, 1 немесе 0 болуы тиіс</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the program has no signing matrix</source>
        <translation>бағдарламада қол қою матрицасы жоқ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the override names the unknown level %1</source>
        <translation>қайта анықтауда белгісіз %1 деңгейі көрсетілген</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision: the signing matrix has no row &quot;%1&quot;</source>
        <translation>Шешім: қол қою матрицасында &quot;%1&quot; жолы жоқ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signing level</source>
        <translation>Қол қою деңгейі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing level: there is no level &quot;%1&quot;</source>
        <translation>Қол қою деңгейі: &quot;%1&quot; деңгейі жоқ</translation>
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
        <translation>орталық дерекқор сұрауды қабылдамады: %1</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>this workstation works on the central database itself: there is nothing to sync</source>
        <translation>бұл жұмыс орны орталық дерекқордың өзімен жұмыс істейді: синхрондайтын ештеңе жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the central database must be PostgreSQL</source>
        <translation>орталық дерекқор PostgreSQL болуы тиіс</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the central database has schema %1, this program needs %2: run armcpg-cli server migrate on the centre first</source>
        <translation>орталық дерекқор схемасының нұсқасы %1, ал бұл бағдарламаға %2 нұсқасы қажет: алдымен орталықта armcpg-cli server migrate командасын орындаңыз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the central database has schema %1, newer than this program&apos;s %2: update the program</source>
        <translation>орталық дерекқор схемасының нұсқасы %1, ол бұл бағдарламаның нұсқасынан (%2) жаңа: бағдарламаны жаңартыңыз</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this device (%1) is not registered on the central database; an administrator registers it: armcpg-cli server device add --device %1 --organisation %2</source>
        <translation>бұл құрылғы (%1) орталық дерекқорда тіркелмеген; оны әкімші тіркейді: armcpg-cli server device add --device %1 --organisation %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this device (%1) is deactivated on the central database</source>
        <translation>бұл құрылғы (%1) орталық дерекқорда өшірілген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this device is registered for the organisation %1 but records for %2</source>
        <translation>бұл құрылғы %1 ұйымы үшін тіркелген, бірақ %2 ұйымының деректерін жазады</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>pushed %1, pulled %2, conflicts %3, kept the centre&apos;s value %4, %5 ms%6</source>
        <translation>жіберілгені %1, алынғаны %2, қайшылықтар %3, орталықтың мәні қалдырылғаны %4, %5 мс%6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (cancelled)</source>
        <translation> (тоқтатылды)</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>%1 %2: the central database has no column %3 (is it older than this program?)</source>
        <translation>%1 %2: орталық дерекқорда %3 бағаны жоқ (ол осы бағдарламадан ескі ме?)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 %2 is for the organisation %3, outside this device&apos;s organisation %4: correct the record&apos;s organisation, or have the device registered for %3</source>
        <translation>%1 %2 жазбасы %3 ұйымына тиесілі, ол осы құрылғының %4 ұйымына кірмейді: жазбаның ұйымын түзетіңіз немесе құрылғыны %3 ұйымы үшін тіркетіңіз</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 %2 is not on the central database; the change was not applied</source>
        <translation>%1 %2 орталық дерекқорда жоқ; өзгеріс қолданылмады</translation>
    </message>
    <message>
        <location line="+297"/>
        <source>%1 %2 could not be stored: %3</source>
        <translation>%1 %2 сақталмады: %3</translation>
    </message>
</context>
<context>
    <name>TalonPrint</name>
    <message>
        <location filename="../ui/queue/TalonPrint.cpp" line="+8"/>
        <source>the printer does not take a page of %1 × %2 mm</source>
        <translation>принтер %1 × %2 мм бет пішімін қолдамайды</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the printer cannot be opened</source>
        <translation>принтерді ашу мүмкін емес</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no printer is set up on this computer</source>
        <translation>бұл компьютерде принтер бапталмаған</translation>
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
        <translation>құпиясөз</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>wrong login or password</source>
        <translation>логин немесе құпиясөз қате</translation>
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
        <translation>%1 тіркелгісі өшірілген; әкімшіге жүгініңіз</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the password must have at least 8 characters, it has %1</source>
        <translation>құпиясөз кемінде 8 таңбадан тұруы тиіс, ал онда %1 таңба бар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the password must not start or end with a space</source>
        <translation>құпиясөз бос орынмен басталмауы және аяқталмауы тиіс</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the login must be 2 to 32 Latin lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; and start with a letter or digit</source>
        <translation>логин 2–32 таңбадан: латынның кіші әріптерінен, цифрлардан, &apos;.&apos;, &apos;_&apos; немесе &apos;-&apos; таңбаларынан тұруы және әріптен немесе цифрдан басталуы тиіс</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/admin/UserDialog.cpp" line="+2"/>
        <source>full name</source>
        <translation>аты-жөні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the full name is empty</source>
        <translation>аты-жөні бос</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+49"/>
        <location filename="../ui/admin/UserDialog.cpp" line="+2"/>
        <source>roles</source>
        <translation>рөлдер</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>a user needs at least one role</source>
        <translation>пайдаланушыға кемінде бір рөл қажет</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <location filename="../ui/admin/UserDialog.cpp" line="+2"/>
        <source>organisation</source>
        <translation>ұйым</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the organisation is not chosen</source>
        <translation>ұйым таңдалмаған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no organisation %1</source>
        <translation>%1 ұйымы жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/admin/UserDialog.cpp" line="+2"/>
        <source>position</source>
        <translation>лауазым</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>there is no position %1</source>
        <translation>%1 лауазымы жоқ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>create users</source>
        <translation>пайдаланушыларды құру</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the login %1 is taken</source>
        <translation>%1 логині бұрыннан пайдаланылып жүр</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+55"/>
        <source>the password could not be hashed (out of memory); nothing was saved</source>
        <translation>құпиясөздің хешін есептеу мүмкін болмады (жад жетіспейді); ештеңе сақталған жоқ</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+21"/>
        <location line="+10"/>
        <location line="+25"/>
        <location line="+21"/>
        <location line="+7"/>
        <source>user</source>
        <translation>пайдаланушы</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>change users</source>
        <translation>пайдаланушыларды өзгерту</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>you cannot take the administrator role from yourself</source>
        <translation>өзіңізден әкімші рөлін алып тастай алмайсыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>you cannot disable your own account</source>
        <translation>өз тіркелгіңізді өшіре алмайсыз</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+46"/>
        <source>there is no such user</source>
        <translation>мұндай пайдаланушы жоқ</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>set another user&apos;s password</source>
        <translation>басқа пайдаланушының құпиясөзін орнату</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/admin/PasswordResetDialog.cpp" line="+78"/>
        <source>current password</source>
        <translation>ағымдағы құпиясөз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the current password is wrong</source>
        <translation>ағымдағы құпиясөз қате</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>set signing levels</source>
        <translation>қол қою деңгейлерін белгілеу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signing level</source>
        <translation>қол қою деңгейі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>there is no signing level %1</source>
        <translation>%1 қол қою деңгейі жоқ</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <location filename="../core/calendar/WorkCalendar.cpp" line="+303"/>
        <source>The column &quot;%1&quot; is missing from the header.</source>
        <translation>Тақырып жолында &quot;%1&quot; бағаны жоқ.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; YYYY-MM-DD түріндегі күн емес.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a kind; use holiday, religious, day_off or working_day.</source>
        <translation>&quot;%1&quot; түр емес; holiday, religious, day_off немесе working_day пайдаланыңыз.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+67"/>
        <source>A holiday needs a name in name_kk, name_ru or name_en.</source>
        <translation>Мерекенің name_kk, name_ru немесе name_en бағанында атауы болуы тиіс.</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+60"/>
        <source>%1 is already listed as %2 on line %3.</source>
        <translation>%1 бұрыннан %3-жолда %2 ретінде көрсетілген.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&quot;%1&quot; is not a day of the year in the form MM-DD.</source>
        <translation>&quot;%1&quot; MM-DD түріндегі жыл күні емес.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a kind of the rule; use holiday or religious.</source>
        <translation>&quot;%1&quot; ереже түрі емес; holiday немесе religious пайдаланыңыз.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 is not in %2, the year of the file %3.</source>
        <translation>%1 %3 файлының жылына (%2) жатпайды.</translation>
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
        <translation>транзакция ашылмаған</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+38"/>
        <source>invalid table name %1</source>
        <translation>кестенің жарамсыз атауы: %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>invalid column name %1</source>
        <translation>бағанның жарамсыз атауы: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the record %1 does not exist</source>
        <translation>%1 жазбасы жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the record was changed by someone else meanwhile (version %1, expected %2); reopen it</source>
        <translation>осы аралықта жазбаны басқа біреу өзгертті (нұсқасы %1, күтілгені %2); оны қайта ашыңыз</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no column %2</source>
        <translation>%1 кестесінде %2 бағаны жоқ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the record was changed by someone else meanwhile; reopen it</source>
        <translation>осы аралықта жазбаны басқа біреу өзгертті; оны қайта ашыңыз</translation>
    </message>
</context>
<context>
    <name>armcpg::AdministrationPage</name>
    <message>
        <location filename="../ui/admin/AdministrationPage.cpp" line="+49"/>
        <source>&amp;Users</source>
        <translation>&amp;Пайдаланушылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;This workstation</source>
        <translation>&amp;Осы жұмыс орны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Күнтізбе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dev&amp;ices</source>
        <translation>Құ&amp;рылғылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing &amp;matrix</source>
        <translation>Қол қою &amp;матрицасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read only: only an administrator can change users, the workstation, the calendar, settings and devices (a head may switch reception by videoconference only, R-11).</source>
        <translation>Тек қарау: пайдаланушыларды, жұмыс орнын, күнтізбені, баптауларды және құрылғыларды тек әкімші өзгертеді (басшы қабылдауды тек БКБ-ға ауыстыра алады, R-11).</translation>
    </message>
</context>
<context>
    <name>armcpg::AppealForm</name>
    <message>
        <location filename="../ui/appeal/AppealForm.cpp" line="+116"/>
        <location line="+1"/>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One applicant a line</source>
        <translation>Әр жолға бір өтініш беруші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and the document of authority</source>
        <translation>Аты-жөні және өкілеттігін растайтын құжат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc)</source>
        <translation>Бас тарту (Esc)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New appeal</source>
        <translation>Жаңа өтініш</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeal %1 of %2</source>
        <translation>%2 күнгі № %1 өтініш</translation>
    </message>
    <message>
        <location line="+128"/>
        <location line="+10"/>
        <source>Learned of the act on</source>
        <translation>Акт туралы білген күні</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Learned of the act on: not a date (dd.mm.yyyy)</source>
        <translation>Акт туралы білген күні: күн емес (кк.аа.жжжж)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received on: not a date (dd.mm.yyyy)</source>
        <translation>Түскен күні: күн емес (кк.аа.жжжж)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;%2&quot; is not in the directory</source>
        <translation>%1: &quot;%2&quot; анықтамалықта жоқ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learned of the act on: the date is in the future</source>
        <translation>Акт туралы білген күні: болашақтағы күн</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Appeal</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard the changes?</source>
        <translation>Өзгерістерден бас тарту керек пе?</translation>
    </message>
</context>
<context>
    <name>armcpg::AppealListModel</name>
    <message>
        <location filename="../ui/appeal/AppealListModel.cpp" line="+27"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>Қалған күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control</source>
        <translation>Бақылау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>Менің өтініштерім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On control</source>
        <translation>Бақылаудағылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due within %1 days</source>
        <translation>Мерзімі %1 күн ішінде аяқталатындар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Мерзімі өткендер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deemed refused</source>
        <translation>Бас тартылды деп есептелгендер</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(anonymous)</source>
        <translation>(анонимді)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>on control</source>
        <translation>бақылауда</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deemed refused</source>
        <translation>бас тартылды деп есептеледі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answered %1, after the term</source>
        <translation>%1 жауап берілді, мерзімнен кейін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>мерзімі өткен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered %1</source>
        <translation>%1 жауап берілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>жабылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registration to complete</source>
        <translation>тіркеуді аяқтау қажет</translation>
    </message>
</context>
<context>
    <name>armcpg::AppealSidePanel</name>
    <message>
        <location filename="../ui/appeal/AppealSidePanel.cpp" line="+35"/>
        <source>Add a file to the appeal</source>
        <translation>Өтінішке файл қосу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Earlier appeals of the applicant (I-2, RR-13)</source>
        <translation>Өтініш берушінің бұрынғы өтініштері (I-2, RR-13)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Proposed: %1</source>
        <translation>Ұсынылғаны: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>main appeal %1 (I-35)</source>
        <translation>негізгі өтініш %1 (I-35)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (stored on saving)</source>
        <translation>%1 (сақтаған кезде жазылады)</translation>
    </message>
</context>
<context>
    <name>armcpg::AppealView</name>
    <message>
        <location filename="../ui/appeal/AppealView.cpp" line="+96"/>
        <source>Complete / correct registration (Ctrl+E)</source>
        <translation>Тіркеуді аяқтау / түзету (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take on control</source>
        <translation>Бақылауға алу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from control</source>
        <translation>Бақылаудан алу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record interim answer…</source>
        <translation>Аралық жауапты тіркеу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record final answer…</source>
        <translation>Түпкілікті жауапты тіркеу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the lists (Esc)</source>
        <translation>Тізімдерге оралу (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Қадам</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Орындаған</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Appeal %1 of %2</source>
        <translation>%2 күнгі № %1 өтініш</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Mark: «с личного приема» (R-51)</source>
        <translation>Белгі: «с личного приема» (R-51)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark: «с личного приема» (R-51), from the ЛП-1 card %1</source>
        <translation>Белгі: «с личного приема» (R-51), № %1 ЛП-1 карточкасынан</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Term: %1</source>
        <translation>Мерзім: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On control since %1, taken by %2 (I-53)</source>
        <translation>%1 бастап бақылауда, бақылауға алған: %2 (I-53)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed from control on %1 by %2</source>
        <translation>%1 бақылаудан алынды, алған: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not on control</source>
        <translation>Бақылауда емес</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(to be completed)</source>
        <translation>(толтырылуы тиіс)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedural regime</source>
        <translation>Іс жүргізу режимі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>Нысаны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Түсу арнасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal entity</source>
        <translation>Заңды тұлға</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(anonymous)</source>
        <translation>(анонимді)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-applicants</source>
        <translation>Бірлескен өтініш берушілер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Өкіл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressee</source>
        <translation>Адресаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Өтініш тақырыбы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Essence</source>
        <translation>Өтініштің мәні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered on</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results required</source>
        <translation>Нәтижелер талап етіледі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes (I-88)</source>
        <translation>иә (I-88)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control authority</source>
        <translation>Бақылаушы орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learned of the act on</source>
        <translation>Акт туралы білген күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead executor</source>
        <translation>Негізгі орындаушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term extended to</source>
        <translation>Ұзартылған мерзім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional control</source>
        <translation>Қосымша бақылау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes (I-52)</source>
        <translation>иә (I-52)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1 to %2</source>
        <translation>%1 бастап %2 дейін</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer language</source>
        <translation>Жауап тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer signed</source>
        <translation>Жауапқа қол қойылды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 by %2</source>
        <translation>%1, қол қойған: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+74"/>
        <source>Interim answer sent on</source>
        <translation>Аралық жауап жіберілген күн</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+73"/>
        <source>Final answer sent on</source>
        <translation>Түпкілікті жауап жіберілген күн</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>due %1</source>
        <translation>мерзімі %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sent on:</source>
        <translation>Жіберілген күні:</translation>
    </message>
</context>
<context>
    <name>armcpg::AppealWorkflow</name>
    <message>
        <location filename="../ui/appeal/AppealWorkflow.cpp" line="+53"/>
        <source>Screening…</source>
        <translation>Алдын ала қарау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign…</source>
        <translation>Орындаушыларды тағайындау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer…</source>
        <translation>Басқа орындаушыға беру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend the term…</source>
        <translation>Мерзімді ұзарту…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional control…</source>
        <translation>Қосымша бақылау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection started…</source>
        <translation>Тексеру басталды…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection ended…</source>
        <translation>Тексеру аяқталды…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing notice…</source>
        <translation>Тыңдау туралы хабарлама…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward by competence…</source>
        <translation>Құзыреті бойынша жолдау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward a part…</source>
        <translation>Бөлігін жолдау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deficiency notice…</source>
        <translation>Кемшіліктер туралы хабарлама…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deficiencies corrected</source>
        <translation>Кемшіліктер жойылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return (not corrected)</source>
        <translation>Қайтару (кемшіліктер жойылмады)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous: decision…</source>
        <translation>Анонимді: шешім…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach as duplicate…</source>
        <translation>Телнұсқа ретінде қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision…</source>
        <translation>Шешім…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign the answer…</source>
        <translation>Жауапқа қол қою…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminate correspondence…</source>
        <translation>Хат алмасуды тоқтату…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice to the applicant…</source>
        <translation>Өтініш берушіге хабарлама…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (released %2: %3)</source>
        <translation>%1 (%2 босатылды: %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lead executor: %1</source>
        <translation>Негізгі орындаушы: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co-executors: %1</source>
        <translation>Қосалқы орындаушылар: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier: %1</source>
        <translation>Бұрын: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An inspection is under way: an interim answer is due (I-52)</source>
        <translation>Тексеру жүргізілуде: аралық жауап беру қажет (I-52)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Assign executors (I-33)</source>
        <translation>Орындаушыларды тағайындау (I-33)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead executor:</source>
        <translation>Негізгі орындаушы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-executors:</source>
        <translation>Қосалқы орындаушылар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not the official whose actions are complained about (I-61); for a reception appeal, not whoever handled the applicant&apos;s question before (R-53).</source>
        <translation>Әрекеттеріне шағым жасалып отырған лауазымды тұлға болмауы тиіс (I-61); жеке қабылдау бойынша өтініште — өтініш берушінің мәселесін бұрын қараған тұлға болмауы тиіс (R-53).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Transfer to another executor (I-34)</source>
        <translation>Басқа орындаушыға беру (I-34)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New lead executor:</source>
        <translation>Жаңа негізгі орындаушы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapport (reasons):</source>
        <translation>Рапорт (себептері):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transfer</source>
        <translation>Беру</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Extend the term (I-52)</source>
        <translation>Мерзімді ұзарту (I-52)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New term:</source>
        <translation>Жаңа мерзім:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapport filed on:</source>
        <translation>Рапорт берілген күн:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motivated decision:</source>
        <translation>Дәлелді шешім:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most two months from the receipt: %1 (D17a); the rapport at least a day before the term expires (D18); the notice to the applicant within 3 working days.</source>
        <translation>Өтініш түскен күннен бастап екі айдан аспауы тиіс: %1 (D17a); рапорт мерзім өткенге дейін кемінде бір күн бұрын беріледі (D18); өтініш берушіге хабарлама 3 жұмыс күні ішінде жіберіледі.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Additional control (I-52)</source>
        <translation>Қосымша бақылау (I-52)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapport:</source>
        <translation>Рапорт:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inspection started (I-52)</source>
        <translation>Тексеру басталды (I-52)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started on:</source>
        <translation>Басталған күні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An interim answer to the applicant is required.</source>
        <translation>Өтініш берушіге аралық жауап беру міндетті.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inspection ended (I-52)</source>
        <translation>Тексеру аяқталды (I-52)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended on:</source>
        <translation>Аяқталған күні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The final answer is due within 10 working days of the end (D20).</source>
        <translation>Түпкілікті жауап тексеру аяқталғаннан кейін 10 жұмыс күні ішінде берілуі тиіс (D20).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hearing notice (I-43)</source>
        <translation>Тыңдау туралы хабарлама (I-43)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The act is adopted on:</source>
        <translation>Акт қабылданатын күн:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of the hearing:</source>
        <translation>Тыңдау өтетін орын:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Screening (I-2)</source>
        <translation>Алдын ала қарау (I-2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Screening:</source>
        <translation>Алдын ала қарау:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main appeal (a duplicate):</source>
        <translation>Негізгі өтініш (телнұсқа үшін):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repeated because (I-2(12)):</source>
        <translation>Қайталама болу себебі (I-2(12)):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Себебі:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Forward by competence (I-31)</source>
        <translation>Құзыреті бойынша жолдау (I-31)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forward a part by competence (RR-11, I-31)</source>
        <translation>Өтініштің бөлігін құзыреті бойынша жолдау (RR-11, I-31)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The question that goes to the other body:</source>
        <translation>Басқа органға жолданатын мәселе:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its subject or respondent:</source>
        <translation>Оның субъектісі немесе жауапкері:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Competent body:</source>
        <translation>Құзыретті орган:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why not the prosecutor&apos;s competence (I-4):</source>
        <translation>Неліктен прокурордың құзыретіне жатпайды (I-4):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Notice number:</source>
        <translation>Хабарлама нөмірі:</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Cover letter number:</source>
        <translation>Ілеспе хат нөмірі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applicant is notified at the same time (I-31)</source>
        <translation>Өтініш берушіге бір мезгілде хабарланады (I-31)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deficiency notice (I-25)</source>
        <translation>Кемшіліктер туралы хабарлама (I-25)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does not meet АППК art. 63:</source>
        <translation>ӘРПК 63-бабының қандай талаптары сақталмаған:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To be corrected by:</source>
        <translation>Түзету мерзімі:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Anonymous appeal (I-42)</source>
        <translation>Анонимді өтініш (I-42)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>Decision:</source>
        <translation>Шешім:</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Redirect at once: a criminal offence</source>
        <translation>Дереу қайта бағыттау: қылмыстық құқық бұзушылық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirect at once: a threat to security</source>
        <translation>Дереу қайта бағыттау: қауіпсіздікке қатер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave without consideration by a motivated conclusion</source>
        <translation>Дәлелді қорытынды бойынша қараусыз қалдыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competent body (a redirect):</source>
        <translation>Құзыретті орган (қайта бағыттау үшін):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason or conclusion:</source>
        <translation>Себебі немесе қорытынды:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclusion approved by (a head):</source>
        <translation>Қорытындыны бекіткен (басшы):</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Attach as a duplicate (I-35)</source>
        <translation>Телнұсқа ретінде қосу (I-35)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of the main appeal:</source>
        <translation>Негізгі өтініштің нөмірі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The main appeal&apos;s answer sent on (when answered):</source>
        <translation>Негізгі өтінішке жауап жіберілген күн (жауап берілген болса):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its outgoing number:</source>
        <translation>Оның шығыс нөмірі:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main appeal: there is no appeal %1</source>
        <translation>Негізгі өтініш: %1 өтініші жоқ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Decision (I-46, I-69, I-80)</source>
        <translation>Шешім (I-46, I-69, I-80)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ground (I-57, I-74):</source>
        <translation>Негіз (I-57, I-74):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The act is (I-47):</source>
        <translation>Акт (I-47):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>favourable</source>
        <translation>қолайлы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>burdensome</source>
        <translation>ауыртпалық түсіретін</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Decided on:</source>
        <translation>Шешім қабылданған күн:</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Motivation:</source>
        <translation>Дәлелдемесі:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sign the answer (I-88, R-53)</source>
        <translation>Жауапқа қол қою (I-88, R-53)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by:</source>
        <translation>Қол қойған:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed on:</source>
        <translation>Қол қойылған күн:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh (the state language)</source>
        <translation>Қазақ тілі (мемлекеттік тіл)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of the appeal (%1)</source>
        <translation>Өтініштің тілі (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the answer (I-85):</source>
        <translation>Жауап тілі (I-85):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sending date is recorded apart (Record final answer): it ends the term (I-68).</source>
        <translation>Жіберілген күн бөлек тіркеледі (Түпкілікті жауапты тіркеу): ол мерзімді аяқтайды (I-68).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Terminate correspondence (I-58)</source>
        <translation>Хат алмасуды тоқтату (I-58)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Motivated conclusion:</source>
        <translation>Дәлелді қорытынды:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by (a head):</source>
        <translation>Бекіткен (басшы):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Notice to the applicant</source>
        <translation>Өтініш берушіге хабарлама</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notice:</source>
        <translation>Хабарлама:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Тілі:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outgoing number:</source>
        <translation>Шығыс нөмірі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason, deficiencies or conclusion:</source>
        <translation>Себебі, кемшіліктер немесе қорытынды:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body forwarded to:</source>
        <translation>Жолданған орган:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New term or term to correct:</source>
        <translation>Жаңа мерзім немесе түзету мерзімі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF instead of the print preview</source>
        <translation>Басып шығаруды алдын ала қараудың орнына PDF ретінде сақтау</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save the notice as PDF</source>
        <translation>Хабарламаны PDF ретінде сақтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notice</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The PDF could not be written: %1</source>
        <translation>PDF файлын жазу мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>armcpg::AppealsPage</name>
    <message>
        <location filename="../ui/appeal/AppealsPage.cpp" line="+147"/>
        <source>&amp;Due within (days):</source>
        <translation>&amp;Мерзімі аяқталатын (күн ішінде):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Сүзгі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number, applicant, IIN/BIN or essence (Ctrl+F)</source>
        <translation>Нөмірі, өтініш беруші, ЖСН/БСН немесе мәні (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New appeal (Ctrl+N)</source>
        <translation>Жаңа өтініш (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (Enter)</source>
        <translation>Ашу (Enter)</translation>
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
        <translation>Кезең бойынша деректер жоқ</translation>
    </message>
</context>
<context>
    <name>armcpg::BoardWindow</name>
    <message>
        <location filename="../ui/queue/BoardWindow.cpp" line="-70"/>
        <source>Running line</source>
        <translation>Жүгіртпе жол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text that runs along the foot of the board (empty: the default greeting):</source>
        <translation>Табло төменгі жағындағы жүгіртпе жолдың мәтіні (бос болса — әдепкі сәлемдесу):</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Queue board</source>
        <translation>Кезек таблосы</translation>
    </message>
</context>
<context>
    <name>armcpg::CalendarEntryDialog</name>
    <message>
        <location filename="../ui/admin/CalendarEntryDialog.cpp" line="-75"/>
        <source>Calendar entry</source>
        <translation>Күнтізбе жазбасы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Public holiday (moved to Monday when on a weekend)</source>
        <translation>Мемлекеттік мереке (сенбіге немесе жексенбіге түссе, дүйсенбіге ауыстырылады)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Religious holiday (never moved)</source>
        <translation>Діни мереке (ауыстырылмайды)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekday made a day off by decree</source>
        <translation>Қаулымен демалыс күні етілген жұмыс аптасының күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekend day made a working day by decree</source>
        <translation>Қаулымен жұмыс күні етілген сенбі немесе жексенбі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the law or the government decree</source>
        <translation>заң немесе Үкімет қаулысы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Date *</source>
        <translation>&amp;Күні *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K&amp;ind *</source>
        <translation>&amp;Түрі *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;Kazakh</source>
        <translation>Атауы &amp;қазақша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;Russian</source>
        <translation>Атауы &amp;орысша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;English</source>
        <translation>Атауы &amp;ағылшынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>&amp;Дереккөз</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A name in Kazakh or Russian is required.</source>
        <translation>Қазақша немесе орысша атауы міндетті.</translation>
    </message>
</context>
<context>
    <name>armcpg::CalendarTab</name>
    <message>
        <location filename="../ui/admin/CalendarTab.cpp" line="+136"/>
        <source>%1 is not confirmed: computed by the rule. Only the fixed-date holidays are known; Kurban Ait and the government&apos;s swaps of days off are missing.</source>
        <translation>%1 жыл расталмаған: ереже бойынша есептелген. Тек тұрақты күнге белгіленген мерекелер белгілі; Құрбан айт және Үкіметтің демалыс күндерін ауыстыруы жоқ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is entered but not confirmed against the government&apos;s decree.</source>
        <translation>%1 жыл енгізілген, бірақ Үкімет қаулысымен салыстырылып расталмаған.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is confirmed.</source>
        <translation>%1 жыл расталған.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>public holiday</source>
        <translation>мемлекеттік мереке</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>religious holiday</source>
        <translation>діни мереке</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>moved from %1</source>
        <translation>%1 күнінен ауыстырылған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day off by decree</source>
        <translation>қаулы бойынша демалыс күні</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Only an administrator can change the calendar</source>
        <translation>Күнтізбені тек әкімші өзгерте алады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A computed day: remove the holiday it comes from (or enter the year first)</source>
        <translation>Есептелген күн: ол шығатын мерекені өшіріңіз (немесе алдымен жылды енгізіңіз)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected entry</source>
        <translation>Таңдалған жазбаны өшіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the year checked against the government&apos;s decree</source>
        <translation>Жылды Үкімет қаулысымен салыстырылған деп белгілеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the year&apos;s holidays first</source>
        <translation>Алдымен жылдың мерекелерін енгізіңіз</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+18"/>
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>%1 had no data of its own: the fixed-date holidays of the rule were copied into it. Add Kurban Ait and the decree&apos;s swaps, then mark the year confirmed.</source>
        <translation>%1 жылдың өз деректері болмады: оған ереже бойынша тұрақты күнге белгіленген мерекелер көшірілді. Құрбан айтты және қаулы бойынша ауыстыруларды қосып, содан кейін жылды расталған деп белгілеңіз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the entry of %1.</source>
        <translation>%1 күнінің жазбасы сақталды.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove calendar entry</source>
        <translation>Күнтізбе жазбасын өшіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the entry of %1 from the calendar?</source>
        <translation>%1 күнінің жазбасы күнтізбеден өшірілсін бе?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed the entry of %1.</source>
        <translation>%1 күнінің жазбасы өшірілді.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirm %1</source>
        <translation>%1 жылды растау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The government decree the days off of %1 were checked against:</source>
        <translation>%1 жылдың демалыс күндері салыстырылған Үкімет қаулысы:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is marked confirmed.</source>
        <translation>%1 жыл расталған деп белгіленді.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Year:</source>
        <translation>&amp;Жыл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days off besides Saturdays and Sundays, and holidays that fall on them:</source>
        <translation>Сенбі мен жексенбіден басқа демалыс күндері және сол күндерге түсетін мерекелер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturdays and Sundays made working days by decree:</source>
        <translation>Қаулымен жұмыс күні етілген сенбі мен жексенбілер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Weekday</source>
        <translation>Апта күні</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add entry…</source>
        <translation>Жазба &amp;қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove entry</source>
        <translation>Жазбаны &amp;өшіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark year confirmed…</source>
        <translation>Жылды &amp;расталған деп белгілеу…</translation>
    </message>
</context>
<context>
    <name>armcpg::DeviceRegistrationDialog</name>
    <message>
        <location filename="../ui/admin/DeviceRegistrationDialog.cpp" line="-170"/>
        <source>Register a laptop</source>
        <translation>Ноутбукты тіркеу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the laptop&apos;s device id: Administration, This workstation</source>
        <translation>ноутбуктың құрылғы идентификаторы: Әкімшілік, Осы жұмыс орны</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. the office and the laptop&apos;s number</source>
        <translation>мысалы, кабинет және ноутбук нөмірі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Device id *</source>
        <translation>&amp;Құрылғы идентификаторы *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation *</source>
        <translation>&amp;Ұйым *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the password to the clipboard</source>
        <translation>Құпиясөзді алмасу буферіне көшіру</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password is shown only this once and the program keeps no copy. Put it into the laptop user&apos;s ~/.pgpass (one line: host:port:database:role:password, the file readable by that user only); the laptop then syncs as this role.</source>
        <translation>Құпиясөз тек осы жолы ғана көрсетіледі, бағдарлама оның көшірмесін сақтамайды. Оны ноутбук пайдаланушысының ~/.pgpass файлына енгізіңіз (бір жол: host:port:database:role:password, файлды тек сол пайдаланушы оқи алуы тиіс); содан кейін ноутбук осы рөлмен синхрондалады.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database &amp;role:</source>
        <translation>Дерекқор &amp;рөлі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Құпия&amp;сөз:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Register</source>
        <translation>&amp;Тіркеу</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>enter the laptop&apos;s device id (a UUID): the laptop shows it under Administration, This workstation</source>
        <translation>ноутбуктың құрылғы идентификаторын (UUID) енгізіңіз: ноутбук оны «Әкімшілік» бөлімінің «Осы жұмыс орны» қойындысында көрсетеді</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>choose the organisation the laptop records for</source>
        <translation>ноутбук деректерін жазатын ұйымды таңдаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not an organisation of the directory</source>
        <translation>&quot;%1&quot; анықтамалықтағы ұйым емес</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The laptop %1 is registered for %2. It signs in to the central database as the role below, with the password below.</source>
        <translation>%1 ноутбугы %2 ұйымы үшін тіркелді. Ол орталық дерекқорға төменде көрсетілген рөлмен және құпиясөзбен қосылады.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The password is copied to the clipboard.</source>
        <translation>Құпиясөз алмасу буферіне көшірілді.</translation>
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
        <translation>иә</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The laptop %1 is registered; it signs in as %2.</source>
        <translation>%1 ноутбугы тіркелді; ол %2 рөлімен қосылады.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deactivate device</source>
        <translation>Құрылғыны өшіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate the laptop %1%2? It can then no longer read or write on the central database; registering it again activates it with a new password.</source>
        <translation>%1%2 ноутбугын өшіресіз бе? Бұдан кейін ол орталық дерекқордағы деректерді оқи да, жаза да алмайды; қайта тіркеу оны жаңа құпиясөзбен қайта қосады.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Devices</source>
        <translation>Құрылғылар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The laptop %1 is deactivated: it can no longer read or write.</source>
        <translation>%1 ноутбугы өшірілді: ол енді деректерді оқи да, жаза да алмайды.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Laptops are registered on the central database: sign in on a workstation connected to the central PostgreSQL database, or use armcpg-cli server device add there. This workstation keeps its data in a local file.</source>
        <translation>Ноутбуктар орталық дерекқорда тіркеледі: орталық PostgreSQL дерекқорына қосылған жұмыс орнында жүйеге кіріңіз немесе сонда armcpg-cli server device add командасын пайдаланыңыз. Бұл жұмыс орны деректерін жергілікті файлда сақтайды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device id</source>
        <translation>Құрылғы идентификаторы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number prefix</source>
        <translation>Нөмір префиксі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database role</source>
        <translation>Дерекқор рөлі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered at</source>
        <translation>Тіркелген уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Register…</source>
        <translation>&amp;Тіркеу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a laptop on the central database (Ins)</source>
        <translation>Ноутбукты орталық дерекқорда тіркеу (Ins)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Өшіру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the selected laptop out of the central database (Del)</source>
        <translation>Таңдалған ноутбуктың орталық дерекқорға кіруін жабу (Del)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Only an administrator can register or deactivate devices</source>
        <translation>Құрылғыларды тек әкімші тіркей және өшіре алады</translation>
    </message>
</context>
<context>
    <name>armcpg::DirectoryComboBox</name>
    <message>
        <location filename="../ui/directory/DirectoryComboBox.cpp" line="+188"/>
        <source>no longer valid</source>
        <translation>енді қолданылмайды</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not in the directory</source>
        <translation>анықтамалықта жоқ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted</source>
        <translation>жойылған</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type a code or part of a name</source>
        <translation>Кодты немесе атаудың бір бөлігін теріңіз</translation>
    </message>
</context>
<context>
    <name>armcpg::DirectoryEntryDialog</name>
    <message>
        <location filename="../ui/directory/DirectoryEntryDialog.cpp" line="-162"/>
        <source>%1: entry</source>
        <translation>%1: жазба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: new entry</source>
        <translation>%1: жаңа жазба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: edit entry</source>
        <translation>%1: жазбаны өңдеу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Code *</source>
        <translation>&amp;Код *</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Parent</source>
        <translation>&amp;Жоғарғы жазба</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name in &amp;Kazakh *</source>
        <translation>Атауы &amp;қазақша *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name in &amp;Russian *</source>
        <translation>Атауы &amp;орысша *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name in &amp;English</source>
        <translation>Атауы &amp;ағылшынша</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>no date</source>
        <translation>күні жоқ</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Valid &amp;from</source>
        <translation>Қолданылу &amp;басы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valid &amp;to</source>
        <translation>Қолданылу &amp;соңы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sort &amp;order</source>
        <translation>Сұрыптау &amp;реті</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the act and paragraph the entry comes from</source>
        <translation>жазба алынған акт және тармақ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>&amp;Дереккөз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>key=value;key=value</source>
        <translation>кілт=мән;кілт=мән</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attributes</source>
        <translation>Атрибу&amp;ттар</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>* required</source>
        <translation>* міндетті</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+33"/>
        <source>parent</source>
        <translation>жоғарғы жазба</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>&quot;%1&quot; is not an entry of this directory</source>
        <translation>&quot;%1&quot; осы анықтамалықтың жазбасы емес</translation>
    </message>
</context>
<context>
    <name>armcpg::DirectoryPage</name>
    <message>
        <location filename="../ui/directory/DirectoryPage.cpp" line="+303"/>
        <source>No directories</source>
        <translation>Анықтамалықтар жоқ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Kazakh)</source>
        <translation>Атауы (қазақша)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Russian)</source>
        <translation>Атауы (орысша)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (English)</source>
        <translation>Атауы (ағылшынша)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Қолданылу басы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid to</source>
        <translation>Қолданылу соңы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not valid on %1</source>
        <translation>%1 күні қолданылмайды</translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n жазба</numerusform>
            <numerusform>%n жазба</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%n жазбаның ішінен %1</numerusform>
            <numerusform>%n жазбаның ішінен %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Search by code or any name (Ctrl+F)</source>
        <translation>Код немесе кез келген атау бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator can change directories.</source>
        <translation>Анықтамалықтарды тек әкімші өзгерте алады.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an entry (Ins)</source>
        <translation>Жазба қосу (Ins)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Өңдеу…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected entry (Enter, F2, double-click)</source>
        <translation>Таңдалған жазбаны өңдеу (Enter, F2, екі рет шерту)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected entry (Del); records that use it keep it</source>
        <translation>Таңдалған жазбаны жою (Del); оны пайдаланатын жазбаларда ол сақталады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV-ден &amp;импорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add and update entries from a CSV file; nothing is written if a row is wrong</source>
        <translation>CSV файлынан жазбаларды қосу және жаңарту; бір жол қате болса, ештеңе жазылмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV-ге &amp;экспорттау…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the entries of this directory to a CSV file</source>
        <translation>Осы анықтамалықтың жазбаларын CSV файлына сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;KATO…</source>
        <translation>&amp;ӘАОЖ импорттау…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import the classifier as published by the statistics bureau</source>
        <translation>Статистика бюросы жариялаған жіктеуішті импорттау</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read only: %1</source>
        <translation>Тек оқу үшін: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved %1.</source>
        <translation>%1 сақталды.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+11"/>
        <source>Delete entry</source>
        <translation>Жазбаны жою</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Delete %1 «%2»?

The entry is marked deleted: records that use it keep it, but it is no longer offered.</source>
        <translation>%1 «%2» жойылсын ба?

Жазба жойылған деп белгіленеді: оны пайдаланатын жазбаларда ол сақталады, бірақ енді таңдауға ұсынылмайды.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted %1.</source>
        <translation>%1 жойылды.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+12"/>
        <location line="+9"/>
        <source>Import CSV</source>
        <translation>CSV импорттау</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+35"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқылмады: %2</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Imported %1: %2 inserted, %3 updated, %4 unchanged, %5 closed.</source>
        <translation>%1 импортталды: %2 қосылды, %3 жаңартылды, %4 өзгеріссіз, %5 жабылды.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+35"/>
        <source>Nothing was imported from %1. Correct these problems and import the file again:</source>
        <translation>%1 файлынан ештеңе импортталмады. Мына қателерді түзетіп, файлды қайта импорттаңыз:</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+12"/>
        <location line="+9"/>
        <source>Import KATO</source>
        <translation>ӘАОЖ импорттау</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Imported %1: %2 inserted, %3 updated, %4 unchanged, %5 closed (no longer in the classifier).</source>
        <translation>%1 импортталды: %2 қосылды, %3 жаңартылды, %4 өзгеріссіз, %5 жабылды (жіктеуіште енді жоқ).</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+51"/>
        <source>Export CSV</source>
        <translation>CSV экспорттау</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазылмады: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%1 файлына %n жазба экспортталды.</numerusform>
            <numerusform>%1 файлына %n жазба экспортталды.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Importing…</source>
        <translation>Импортталуда…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV файлдары (*.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a CSV file</source>
        <translation>CSV файлын таңдаңыз</translation>
    </message>
</context>
<context>
    <name>armcpg::EmergencyNotice</name>
    <message>
        <location filename="../ui/reception/EmergencyNotice.cpp" line="-5"/>
        <source>Videoconference only (R-11)</source>
        <translation>Тек БКБ (R-11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State of emergency or quarantine: citizens are received by videoconference only (R-11). %1</source>
        <translation>Төтенше жағдай немесе карантин: азаматтарды қабылдау тек БКБ арқылы (R-11). %1</translation>
    </message>
</context>
<context>
    <name>armcpg::FirstStartDialog</name>
    <message>
        <location filename="../ui/shell/FirstStartDialog.cpp" line="+25"/>
        <source>АРМ «ЦПГ» — first start</source>
        <translation>АРМ «ЦПГ» — алғашқы іске қосу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This database has no users yet. Choose the organisation this workstation belongs to and create its administrator. The administrator then adds the other users.</source>
        <translation>Бұл дерекқорда әзірге пайдаланушылар жоқ. Осы жұмыс орны тиесілі ұйымды таңдап, оның әкімшісін құрыңыз. Содан кейін әкімші басқа пайдаланушыларды қосады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation *</source>
        <translation>Ұйым *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator login *</source>
        <translation>Әкімші логині *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name *</source>
        <translation>Аты-жөні *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password * (at least 8 characters)</source>
        <translation>Құпиясөз * (кемінде 8 таңба)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the password *</source>
        <translation>Құпиясөзді қайталау *</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create administrator</source>
        <translation>Әкімшіні құру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>choose the organisation of this workstation</source>
        <translation>осы жұмыс орнының ұйымын таңдаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat the password</source>
        <translation>Құпиясөзді қайталау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the two passwords differ</source>
        <translation>екі құпиясөз сәйкес келмейді</translation>
    </message>
</context>
<context>
    <name>armcpg::IssueTicketDialog</name>
    <message>
        <location filename="../ui/queue/OperatorDialogs.cpp" line="+34"/>
        <source>Out of town (R-8)</source>
        <translation>Басқа елді мекеннен келген келуші (R-8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue a ticket</source>
        <translation>Талон беру</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Service:</source>
        <translation>&amp;Қызмет:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of reception:</source>
        <translation>Қабылдау &amp;тілі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-turn &amp;category (R-9):</source>
        <translation>Кезектен тыс қабылдау &amp;санаты (R-9):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Issue</source>
        <translation>&amp;Беру</translation>
    </message>
</context>
<context>
    <name>armcpg::JournalModel</name>
    <message>
        <location filename="../ui/reception/JournalModel.cpp" line="+37"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Мәселенің сипаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by</source>
        <translation>Қабылдауды өткізген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not held</source>
        <translation>Өткізілмеді</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not held</source>
        <translation>өткізілмеді</translation>
    </message>
</context>
<context>
    <name>armcpg::JournalPage</name>
    <message>
        <location filename="../ui/reception/JournalPage.cpp" line="+310"/>
        <source>The journal cannot be read: %1</source>
        <translation>Журналды оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than %L1 cards</source>
        <translation>%L1 карточкадан артық</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n карточка</numerusform>
            <numerusform>%n карточка</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export PDF</source>
        <translation>PDF экспорттау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export CSV</source>
        <translation>CSV экспорттау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+191"/>
        <source>This build of the program cannot write PDF files.</source>
        <translation>Бағдарламаның бұл жинағы PDF файлдарын жаза алмайды.</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>journal-%1</source>
        <translation>журнал-%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic code</source>
        <translation>Мәселе сипатының коды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision code</source>
        <translation>Шешім коды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not held</source>
        <translation>өткізілмеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal of personal receptions</source>
        <translation>Жеке қабылдаулар журналы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first %L1 cards of the list are printed; export CSV for all of them.</source>
        <translation>Тізімнің алғашқы %L1 карточкасы басып шығарылды; барлығы үшін CSV-ге экспорттаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорттау тоқтатылды; ешқандай файл жазылмады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазылмады: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>Exported %n card(s) to %1 (PDF).</source>
        <translation>
            <numerusform>%1 файлына %n карточка экспортталды (PDF).</numerusform>
            <numerusform>%1 файлына %n карточка экспортталды (PDF).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported %n card(s) to %1 (CSV).</source>
        <translation>
            <numerusform>%1 файлына %n карточка экспортталды (CSV).</numerusform>
            <numerusform>%1 файлына %n карточка экспортталды (CSV).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting…</source>
        <translation>Экспортталуда…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;From</source>
        <translation>&amp;Бастап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;o</source>
        <translation>&amp;Дейін</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any</source>
        <translation>кез келген</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Or&amp;ganisation</source>
        <translation>&amp;Ұйым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Topic</source>
        <translation>&amp;Мәселе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decision</source>
        <translation>&amp;Шешім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;IIN</source>
        <translation>&amp;ЖСН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>Аты-жө&amp;ні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held b&amp;y</source>
        <translation>&amp;Өткізген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beginning of surname, given name</source>
        <translation>тегінің, атының басы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words in names and comments (Ctrl+F)</source>
        <translation>аты-жөніндегі және түсініктемелердегі сөздер (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beginning of the name</source>
        <translation>аты-жөнінің басы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not &amp;held only</source>
        <translation>Тек өткізілме&amp;гендер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel export</source>
        <translation>Экспорттауды тоқтату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New card</source>
        <translation>Жаңа &amp;карточка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New card (%1)</source>
        <translation>Жаңа карточка (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>Аш&amp;у</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>Жаңа&amp;рту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV…</source>
        <translation>CSV-ге &amp;экспорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>PDF-ке экспор&amp;ттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The filtered list as a PDF table (at most %L1 cards)</source>
        <translation>Сүзілген тізім PDF кестесі түрінде (ең көбі %L1 карточка)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear filters</source>
        <translation>Сүзгі&amp;лерді тазалау</translation>
    </message>
</context>
<context>
    <name>armcpg::KatoPicker</name>
    <message>
        <location filename="../ui/reception/KatoPicker.cpp" line="+239"/>
        <source>Find a place by name or KATO code</source>
        <translation>Орынды атауы немесе ӘАОЖ коды бойынша іздеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District or city</source>
        <translation>Аудан немесе қала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a name of a region, district or settlement and press Enter</source>
        <translation>Облыс, аудан немесе елді мекен атауының бір бөлігін теріп, Enter пернесін басыңыз</translation>
    </message>
</context>
<context>
    <name>armcpg::KioskWindow</name>
    <message>
        <location filename="../ui/queue/KioskWindow.cpp" line="-10"/>
        <source>Queue kiosk</source>
        <translation>Кезек терминалы</translation>
    </message>
</context>
<context>
    <name>armcpg::LoginDialog</name>
    <message>
        <location filename="../ui/shell/LoginDialog.cpp" line="+68"/>
        <source>Choose your own password</source>
        <translation>Өз құпиясөзіңізді таңдаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An administrator set your password: choose your own to sign in.</source>
        <translation>Құпиясөзді сізге әкімші берген: кіру үшін өз құпиясөзіңізді таңдаңыз.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>АРМ «ЦПГ» — sign in</source>
        <translation>АРМ «ЦПГ» — кіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizen reception centre workstation</source>
        <translation>Азаматтарды қабылдау орталығының жұмыс орны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>armcpg::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+51"/>
        <source>About АРМ «ЦПГ»</source>
        <translation>АРМ «ЦПГ» туралы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>АРМ «ЦПГ» %1
The workstation of the citizen reception centres of the prosecutor&apos;s offices of the Republic of Kazakhstan.</source>
        <translation>АРМ «ЦПГ» %1
Қазақстан Республикасы прокуратура органдарының азаматтарды қабылдау орталықтарының жұмыс орны.</translation>
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
        <translation>&amp;Кезек терминалының терезесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue display &amp;board</source>
        <translation>Кезектің ақпараттық та&amp;блосы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Жүйеден шығу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About</source>
        <translation>&amp;Бағдарлама туралы</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User: %1 (%2)</source>
        <translation>Пайдаланушы: %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation: %1</source>
        <translation>Ұйым: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync: in progress…</source>
        <translation>Синхрондау: жүріп жатыр…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>not chosen</source>
        <translation>таңдалмаған</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Standalone · SQLite</source>
        <translation>Автономды режим · SQLite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centre · PostgreSQL</source>
        <translation>Орталық · PostgreSQL</translation>
    </message>
</context>
<context>
    <name>armcpg::OperatorPanel</name>
    <message>
        <location filename="../ui/queue/OperatorPanel.cpp" line="+115"/>
        <source>%1 · language: %2</source>
        <translation>%1 · тілі: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out of turn: %1</source>
        <translation>Кезектен тыс: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out of town (R-8)</source>
        <translation>Басқа елді мекеннен келген келуші (R-8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre-registered for %1</source>
        <translation>Алдын ала жазылу: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Called %n times</source>
        <translation>
            <numerusform>%n рет шақырылды</numerusform>
            <numerusform>%n рет шақырылды</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment: %1</source>
        <translation>Түсініктеме: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ticket at this desk. Call the next one (F2).</source>
        <translation>Бұл терезеде талон жоқ. Келесіні шақырыңыз (F2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>out of turn</source>
        <translation>кезектен тыс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out of town</source>
        <translation>басқа елді мекеннен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>appointment %1</source>
        <translation>жазылу: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>redirected</source>
        <translation>қайта бағытталған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>postponed until %1</source>
        <translation>%1 дейін кейінге қалдырылған</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Waiting (%1), in call order:</source>
        <translation>&amp;Күтудегілер (%1), шақыру ретімен:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wait passed %1 min: %2 has waited %3 min; %4 waiting over the limit.</source>
        <translation>Күту %1 минуттан асты: %2 талоны %3 мин күтуде; шектен асып күтіп тұрғандар: %4.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nobody is waiting for this desk.</source>
        <translation>Бұл терезеге күтіп тұрған ешкім жоқ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>%1 called.</source>
        <translation>%1 талоны шақырылды.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Select a ticket in the waiting list first.</source>
        <translation>Алдымен күтудегілер тізімінен талонды таңдаңыз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 called again.</source>
        <translation>%1 талоны қайта шақырылды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 did not come.</source>
        <translation>%1 талоны бойынша келуші келмеді.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 postponed until %2.</source>
        <translation>%1 талоны %2 дейін кейінге қалдырылды.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 redirected.</source>
        <translation>%1 талоны қайта бағытталды.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reception of %1 started.</source>
        <translation>%1 талоны бойынша қабылдау басталды.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 finished.</source>
        <translation>%1 талоны аяқталды.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 finished: the card is saved.</source>
        <translation>%1 талоны аяқталды: карточка сақталды.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 issued.</source>
        <translation>%1 талоны берілді.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Desk:</source>
        <translation>&amp;Терезе:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current ticket:</source>
        <translation>Ағымдағы талон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marks</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrived</source>
        <translation>Келген уақыты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waits, min</source>
        <translation>Күтуде, мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
</context>
<context>
    <name>armcpg::PasswordResetDialog</name>
    <message>
        <location filename="../ui/admin/PasswordResetDialog.cpp" line="-58"/>
        <source>New password for %1</source>
        <translation>%1 үшін жаңа құпиясөз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Current password</source>
        <translation>&amp;Ағымдағы құпиясөз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at least 8 characters</source>
        <translation>кемінде 8 таңба</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New password</source>
        <translation>&amp;Жаңа құпиясөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the password</source>
        <translation>Құпиясөзді &amp;қайталау</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 will be asked to choose their own password at the next sign-in.</source>
        <translation>Келесі кіру кезінде %1 пайдаланушысынан өз құпиясөзін таңдау сұралады.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+8"/>
        <source>repeat the password</source>
        <translation>құпиясөзді қайталаңыз</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the two passwords differ</source>
        <translation>екі құпиясөз сәйкес келмейді</translation>
    </message>
</context>
<context>
    <name>armcpg::PlaceholderPage</name>
    <message>
        <location filename="../ui/shell/PlaceholderPage.cpp" line="+35"/>
        <source>This section is not built yet.</source>
        <translation>Бұл бөлім әлі әзірленбеген.</translation>
    </message>
</context>
<context>
    <name>armcpg::PostponeDialog</name>
    <message>
        <location filename="../ui/queue/OperatorDialogs.cpp" line="+67"/>
        <source>Postpone the ticket</source>
        <translation>Талонды кейінге қалдыру</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> мин кейін</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back in the queue &amp;after:</source>
        <translation>Кезекке &amp;қайтару:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Түсініктеме:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Postpone</source>
        <translation>&amp;Кейінге қалдыру</translation>
    </message>
</context>
<context>
    <name>armcpg::PreRegistrationPage</name>
    <message>
        <location filename="../ui/prereg/PreRegistrationPage.cpp" line="+72"/>
        <source>(all organisations)</source>
        <translation>(барлық ұйымдар)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Pre-registration</source>
        <translation>Алдын ала жазылу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Ұйым:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month:</source>
        <translation>&amp;Ай:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rec&amp;eption:</source>
        <translation>&amp;Қабылдау:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign up</source>
        <translation>&amp;Жазу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fuse</source>
        <translation>Бас &amp;тарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R: refusal on a ground of the official&apos;s level, with the explanation</source>
        <translation>Ctrl+R: лауазымды тұлғаның деңгейіне сәйкес негіз бойынша түсіндірмемен бас тарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;greement</source>
        <translation>&amp;Келісім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+G: agreed with the subdivision (R-21, R-35)</source>
        <translation>Ctrl+G: бөлімшемен келісілді (R-21, R-35)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close registration</source>
        <translation>Жазылуды жа&amp;бу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in</source>
        <translation>Келгенін белгілеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+K: on the reception day, a queue ticket for the selected person at the appointment time</source>
        <translation>Ctrl+K: қабылдау күні — таңдалған адамға белгіленген уақытқа кезек талоны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Came</source>
        <translation>Келді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+T: the person signed up came to the reception</source>
        <translation>Ctrl+T: жазылған адам қабылдауға келді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not come</source>
        <translation>Келмеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+T: the person signed up did not come</source>
        <translation>Ctrl+Shift+T: жазылған адам келмеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;list…</source>
        <translation>Тізімді басып &amp;шығару…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+P: the list of persons signed up (R-22, R-27, R-37)</source>
        <translation>Ctrl+P: жазылған тұлғалардың тізімі (R-22, R-27, R-37)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List to P&amp;DF…</source>
        <translation>Тізімді P&amp;DF-ке…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusal le&amp;tter…</source>
        <translation>Бас тарту &amp;хаты…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter to the applicant of the selected refused request (R-20, R-26, R-34)</source>
        <translation>Таңдалған бас тартылған өтінім бойынша өтініш берушіге хат (R-20, R-26, R-34)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter to PDF…</source>
        <translation>Хатты PDF-ке…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District level: no pre-registration and no refusal — citizens are received daily without signing up (R-39, R-41).</source>
        <translation>Аудандық деңгей: алдын ала жазылу да, бас тарту да жоқ — азаматтар жазылусыз күн сайын қабылданады (R-39, R-41).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Түсу арнасы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Essence</source>
        <translation>Өтініштің мәні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ticket</source>
        <translation>Талон</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>No approved reception in this month: approve the schedule lines in Schedules.</source>
        <translation>Осы айда бекітілген қабылдау жоқ: Кестелер бөлімінде кесте жолдарын бекітіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level: %1 (%2)</source>
        <translation>Деңгейі: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This official receives without pre-registration.</source>
        <translation>Бұл лауазымды тұлға алдын ала жазылусыз қабылдайды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last day of intake: %1 (%2)</source>
        <translation>Жазылуды қабылдаудың соңғы күні: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Registration closed on %1 by %2: %n person(s) signed up.</source>
        <translation>
            <numerusform>Жазылуды %1 күні %2 жапты: %n тұлға жазылды.</numerusform>
            <numerusform>Жазылуды %1 күні %2 жапты: %n тұлға жазылды.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registration is open.</source>
        <translation>Жазылу ашық.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registration is closed: %1</source>
        <translation>Жазылу жабық: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Справка on each request due: %1 (R-17)</source>
        <translation>Әрбір өтінім бойынша анықтама мерзімі: %1 (R-17)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Справки on the persons signed up due: %1 (%2)</source>
        <translation>Жазылған тұлғалар бойынша анықтамалар мерзімі: %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The source lists no refusal grounds for this level.</source>
        <translation>Дереккөзде осы деңгей үшін бас тарту негіздері көрсетілмеген.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> for %1</source>
        <translation> %1 үшін</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (out of town)</source>
        <translation> (басқа елді мекеннен)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>agreed with %1 on %2</source>
        <translation>%2 күні %1 бөлімшесімен келісілді</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed up: %1 · awaiting agreement: %2 · refused: %3 · returned: %4</source>
        <translation>Жазылды: %1 · келісімді күтуде: %2 · бас тартылды: %3 · қайтарылды: %4</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sign up for the reception</source>
        <translation>Қабылдауға жазу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Channel (R-3):</source>
        <translation>Түсу арнасы (R-3):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant:</source>
        <translation>Өтініш беруші:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN:</source>
        <translation>ЖСН:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Мекенжайы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On behalf of another person (R-3)</source>
        <translation>Басқа тұлғаның атынан (R-3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Represented person:</source>
        <translation>Мүддесі үшін өтінім берілген тұлға:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority to file:</source>
        <translation>Өтінім беруге өкілеттік:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Essence (without it the request is returned, R-3):</source>
        <translation>Өтініштің мәні (онсыз өтінім қайтарылады, R-3):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-town visitor (R-8)</source>
        <translation>Басқа елді мекеннен келген келуші (R-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment time (HH:mm, optional):</source>
        <translation>Қабылдау уақыты (HH:mm, міндетті емес):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— none —</source>
        <translation>— жоқ —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protest against a court act (R-21)</source>
        <translation>сот актісіне наразылық (R-21)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeated, with new arguments (R-21, R-35)</source>
        <translation>қайталама, жаңа дәлелдермен (R-21, R-35)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protest petition to the Supreme Court (R-21)</source>
        <translation>Жоғарғы Сотқа наразылық келтіру туралы өтінішхат (R-21)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To agree with the subdivision:</source>
        <translation>Бөлімшемен келісу:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the instruction of a higher office (R-3, R-24, R-29)</source>
        <translation>Жоғары тұрған органның тапсырмасы бойынша (R-3, R-24, R-29)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instruction from:</source>
        <translation>Тапсырма берген:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Appointment time: not a time HH:mm: %1</source>
        <translation>Қабылдау уақыты: HH:mm уақыты емес: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select the request to refuse.</source>
        <translation>Бас тартылатын өтінімді таңдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refuse the request</source>
        <translation>Өтінімнен бас тарту</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ground (%1):</source>
        <translation>Негіз (%1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation given to the applicant (R-20, R-26, R-34):</source>
        <translation>Өтініш берушіге берілген түсіндірме (R-20, R-26, R-34):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ground: choose the ground of refusal.</source>
        <translation>Негіз: бас тарту негізін таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explanation: write the explanation given to the applicant.</source>
        <translation>Түсіндірме: өтініш берушіге берілген түсіндірмені жазыңыз.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select the request agreed with the subdivision.</source>
        <translation>Бөлімшемен келісілген өтінімді таңдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement with the subdivision</source>
        <translation>Бөлімшемен келісу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subdivision (R-21, R-35):</source>
        <translation>Бөлімше (R-21, R-35):</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+14"/>
        <source>Select the person signed up first.</source>
        <translation>Алдымен жазылған адамды таңдаңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ticket %1 for %2: called at %3.</source>
        <translation>%2 үшін %1 талоны: %3-те шақырылады.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Справки to chase:</source>
        <translation>Сұратылатын анықтамалар:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close registration</source>
        <translation>Жазылуды жабу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close registration for %1? Nobody else can be signed up.</source>
        <translation>%1 үшін жазылу жабылсын ба? Бұдан кейін ешкімді жазуға болмайды.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+30"/>
        <source>The PDF could not be written: %1</source>
        <translation>PDF файлын жазу мүмкін болмады: %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Select a refused request: the letter states its ground and explanation.</source>
        <translation>Бас тартылған өтінімді таңдаңыз: хатта оның негізі мен түсіндірмесі көрсетіледі.</translation>
    </message>
</context>
<context>
    <name>armcpg::QueueSection</name>
    <message>
        <location filename="../ui/queue/QueueSection.cpp" line="+106"/>
        <source>&amp;Operator panel</source>
        <translation>&amp;Оператор панелі</translation>
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
        <translation>Терминал терезесі (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display board (Ctrl+Shift+B)</source>
        <translation>Ақпараттық табло (Ctrl+Shift+B)</translation>
    </message>
</context>
<context>
    <name>armcpg::QueueStatsPage</name>
    <message>
        <location filename="../ui/queue/QueueStatsPage.cpp" line="+154"/>
        <source>Computing…</source>
        <translation>Есептелуде…</translation>
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
        <translation>Назар аударыңыз: күту %1 минуттан асты. %2 талоны %3 мин күтуде; шектен асып күтіп тұрғандар: %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody is waiting now.</source>
        <translation>Қазір ешкім күтіп тұрған жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest wait now: %1 min (%2), within the limit of %3 min.</source>
        <translation>Қазіргі ең ұзақ күту: %1 мин (%2), %3 мин шегінде.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;From:</source>
        <translation>&amp;Бастап:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Дейін:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Осы апта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group by:</source>
        <translation>То&amp;птау:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>күн бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>апта бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>ай бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute (F5)</source>
        <translation>Есептеу (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert the head after a wait of:</source>
        <translation>Басшыға хабарлау үшін күтудің шекті уақыты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the limit</source>
        <translation>Шекті орнату</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Served per hour</source>
        <translation>Сағаттар бойынша қызмет көрсетілгендер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Served per desk</source>
        <translation>Терезелер бойынша қызмет көрсетілгендер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Served per prosecutor</source>
        <translation>Прокурорлар бойынша қызмет көрсетілгендер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait by period, min</source>
        <translation>Кезеңдер бойынша күту, мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean</source>
        <translation>орташа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90th percentile</source>
        <translation>90-процентиль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Served</source>
        <translation>Қызмет көрсетілді</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No-shows</source>
        <translation>Келмегендер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No-show rate</source>
        <translation>Келмегендер үлесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait, mean</source>
        <translation>Күту, орташа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait, median</source>
        <translation>Күту, медиана</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait, 90th pct.</source>
        <translation>Күту, 90-проц.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait, max</source>
        <translation>Күту, макс.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service, mean</source>
        <translation>Қызмет көрсету, орташа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service, 90th pct.</source>
        <translation>Қызмет көрсету, 90-проц.</translation>
    </message>
</context>
<context>
    <name>armcpg::QueueWatcher</name>
    <message>
        <location filename="../core/queue/QueueWatcher.cpp" line="+47"/>
        <source>cannot read the queue: %1</source>
        <translation>кезекті оқу мүмкін емес: %1</translation>
    </message>
</context>
<context>
    <name>armcpg::ReceptionCardForm</name>
    <message>
        <location filename="../ui/reception/ReceptionCardForm.cpp" line="+249"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print preview (Ctrl+P)</source>
        <translation>Басып шығаруды алдын ала қарау (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oral appeal protocol (Ctrl+Shift+P)</source>
        <translation>Ауызша өтініш хаттамасы (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc)</source>
        <translation>Бас тарту (Esc)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Registration (1–8)</source>
        <translation>Тіркеу (1–8)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>given at the first save</source>
        <translation>алғаш сақтаған кезде беріледі</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Applicant (9–18)</source>
        <translation>Өтініш беруші (9–18)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1056"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location line="-1055"/>
        <location line="+1055"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location line="-1011"/>
        <source>Addresses and phones (19–22)</source>
        <translation>Мекенжайлар мен телефондар (19–22)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Question and decision (23–25)</source>
        <translation>Мәселе және шешім (23–25)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The reception (26–29, 31–34)</source>
        <translation>Қабылдау (26–29, 31–34)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Duty post… (Ctrl+D)</source>
        <translation>Кезекшілік орны… (Ctrl+D)</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Complete the appeal&apos;s registration… (Ctrl+Shift+R)</source>
        <translation>Өтініштің тіркелуін аяқтау… (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Reception by videoconference only: a state of emergency or quarantine is in force (R-11). %1</source>
        <translation>Қабылдау тек БКБ арқылы: төтенше жағдай немесе карантин қолданылуда (R-11). %1</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Record of the reception (R-6, R-7, R-10, R-11, R-13, R-45, R-47–R-51)</source>
        <translation>Қабылдаудың барысы (R-6, R-7, R-10, R-11, R-13, R-45, R-47–R-51)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Comments (30, 35, 36)</source>
        <translation>Түсініктемелер (30, 35, 36)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earlier card</source>
        <translation>Бұрынғы карточка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed</source>
        <translation>Не өзгерді</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1023"/>
        <source>Earlier visits</source>
        <translation>Бұрынғы келулер</translation>
    </message>
    <message>
        <location line="-1023"/>
        <location line="+1023"/>
        <source>Earlier visits (%1)</source>
        <translation>Бұрынғы келулер (%1)</translation>
    </message>
    <message>
        <location line="-1022"/>
        <source>History</source>
        <translation>Өзгерістер тарихы</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Required</source>
        <translation>Міндетті</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+427"/>
        <source>&quot;%1&quot; is not a date that exists (dd.mm.yyyy)</source>
        <translation>&quot;%1&quot; деген күн болмайды (кк.аа.жжжж)</translation>
    </message>
    <message>
        <location line="-376"/>
        <source>8 701 234 56 78</source>
        <translation>8 701 234 56 78</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>New reception card (ЛП-1)</source>
        <translation>Жаңа қабылдау карточкасы (ЛП-1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reception card (ЛП-1) No. %1</source>
        <translation>№ %1 қабылдау карточкасы (ЛП-1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(read only: your roles do not record receptions)</source>
        <translation>(тек оқу үшін: сіздің рөлдеріңіз қабылдауларды тіркеуге рұқсат етпейді)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appeal %1 registered from this reception (R-51)</source>
        <translation>Осы қабылдау бойынша %1 өтініші тіркелді (R-51)</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Unsaved card</source>
        <translation>Сақталмаған карточка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A card that was being filled was not saved (%1). Restore it?</source>
        <translation>Толтырылып жатқан карточка сақталмай қалды (%1). Оны қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no name yet</source>
        <translation>аты-жөні әлі жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This card has changes that were not saved. Restore them?</source>
        <translation>Бұл карточкада сақталмаған өзгерістер бар. Оларды қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+241"/>
        <source>&quot;%1&quot; is not in the list: type part of a name and pick it</source>
        <translation>&quot;%1&quot; тізімде жоқ: атаудың бір бөлігін теріп, тізімнен таңдаңыз</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>&quot;%1&quot; is not in KATO: type part of a name and pick it</source>
        <translation>&quot;%1&quot; ӘАОЖ-да жоқ: атаудың бір бөлігін теріп, тізімнен таңдаңыз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not in the list of officials: pick a name from the list</source>
        <translation>&quot;%1&quot; лауазымды тұлғалар тізімінде жоқ: тізімнен аты-жөнді таңдаңыз</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The card has changes that are not saved. Discard them?</source>
        <translation>Карточкада сақталмаған өзгерістер бар. Олардан бас тарту керек пе?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard changes</source>
        <translation>Өзгерістерден бас тарту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation>Өңдеуді жалғастыру</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Duty post: %1, %2</source>
        <translation>Кезекшілік орны: %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No duty post set</source>
        <translation>Кезекшілік орны белгіленбеген</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Duty post</source>
        <translation>Кезекшілік орны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The detention facility this workstation is in now (R-6). New cards start in it. Leave both fields empty to clear the post.</source>
        <translation>Осы жұмыс орны қазір орналасқан мекеме (R-6). Жаңа карточкалар осы мекемемен толтырылады. Кезекшілік орнын алып тастау үшін екі өрісті де бос қалдырыңыз.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>%1 of 12 digits</source>
        <translation>12 цифрдың %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Valid: born %1, %2</source>
        <translation>Дұрыс: туған күні %1, %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&quot;%1&quot; is not a phone number (10 digits, e.g. 8 701 234 56 78)</source>
        <translation>&quot;%1&quot; — телефон нөмірі емес (10 цифр, мысалы, 8 701 234 56 78)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Tick to link this card to the one being filled</source>
        <translation>Осы карточканы толтырылып жатқан карточкамен байланыстыру үшін белгілеңіз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No earlier cards of this person were found (by IIN, or by surname, given name and date of birth).</source>
        <translation>Бұл тұлғаның бұрынғы карточкалары табылмады (ЖСН бойынша немесе тегі, аты және туған күні бойынша).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>This person (same IIN) has %n earlier card(s). Tick those on the same question to link them.</source>
        <translation>
            <numerusform>Бұл тұлғаның (ЖСН бірдей) %n бұрынғы карточкасы бар. Байланыстыру үшін сол мәселе бойынша карточкаларды белгілеңіз.</numerusform>
            <numerusform>Бұл тұлғаның (ЖСН бірдей) %n бұрынғы карточкасы бар. Байланыстыру үшін сол мәселе бойынша карточкаларды белгілеңіз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n earlier card(s) with the same name and date of birth. Tick those of this person on the same question to link them.</source>
        <translation>
            <numerusform>Аты-жөні мен туған күні бірдей %n бұрынғы карточка бар. Байланыстыру үшін осы тұлғаның сол мәселе бойынша карточкаларын белгілеңіз.</numerusform>
            <numerusform>Аты-жөні мен туған күні бірдей %n бұрынғы карточка бар. Байланыстыру үшін осы тұлғаның сол мәселе бойынша карточкаларын белгілеңіз.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>created</source>
        <translation>құрылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>өзгертілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>жойылды</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Linked cards</source>
        <translation>Байланыстырылған карточкалар</translation>
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
        <translation>Талонды қайта бағыттау</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>any desk</source>
        <translation>кез келген терезе</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the same service</source>
        <translation>сол қызмет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any prosecutor</source>
        <translation>кез келген прокурор</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To &amp;desk:</source>
        <translation>&amp;Терезеге:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To &amp;service:</source>
        <translation>&amp;Қызметке:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To &amp;prosecutor:</source>
        <translation>&amp;Прокурорға:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment:</source>
        <translation>Түсі&amp;ніктеме:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redirect</source>
        <translation>Қайта &amp;бағыттау</translation>
    </message>
</context>
<context>
    <name>armcpg::SchedulePage</name>
    <message>
        <location filename="../ui/schedule/SchedulePage.cpp" line="+89"/>
        <source>(all organisations)</source>
        <translation>(барлық ұйымдар)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Save for the website</source>
        <translation>Сайт үшін сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (*.html);;CSV (*.csv)</source>
        <translation>Веб-бет (*.html);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Reception schedules</source>
        <translation>Қабылдау кестелері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Ұйым:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month:</source>
        <translation>&amp;Ай:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add line</source>
        <translation>&amp;Жол қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Өңдеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pprove</source>
        <translation>&amp;Бекіту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+A: the head approves the line (R-4)</source>
        <translation>Ctrl+Shift+A: басшы жолды бекітеді (R-4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>Жо&amp;ю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;int sheet…</source>
        <translation>Парақты басып &amp;шығару…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+P: the approved schedule in Kazakh and Russian for posting (R-5, R-6)</source>
        <translation>Ctrl+P: ілуге арналған қазақ және орыс тілдеріндегі бекітілген кесте (R-5, R-6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet to P&amp;DF…</source>
        <translation>Парақты P&amp;DF-ке…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the &amp;website…</source>
        <translation>&amp;Сайт үшін…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E: the approved schedule as a web page (.html) or CSV (.csv) (R-5)</source>
        <translation>Ctrl+Shift+E: бекітілген кесте веб-бет (.html) немесе CSV (.csv) ретінде (R-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off-schedule i&amp;nstruction…</source>
        <translation>Кестеден тыс &amp;тапсырма…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+N: instruct an oblast or district prosecutor or a deputy to receive a visitor outside the schedule (R-50)</source>
        <translation>Ctrl+Shift+N: облыс немесе аудан прокурорына не орынбасарына келушіні кестеден тыс қабылдауды тапсыру (R-50)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print ins&amp;truction…</source>
        <translation>Тапсырманы &amp;басып шығару…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected off-schedule instruction as a document (R-50)</source>
        <translation>Таңдалған кестеден тыс қабылдау тапсырмасы құжат ретінде (R-50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instruction to PDF…</source>
        <translation>Тапсырма PDF-ке…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instruction &amp;language:</source>
        <translation>Тапсырма &amp;тілі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts and frequency warnings of the month</source>
        <translation>Айдың қайшылықтары және жиілік туралы ескертулері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>Лауазымды тұлға</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>Күндері</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours</source>
        <translation>Қабылдау сағаттары</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place (kk)</source>
        <translation>Орны (kk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place (ru)</source>
        <translation>Орны (ru)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>last %1 of the month</source>
        <translation>айдың соңғы %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 no. %2 of the month</source>
        <translation>айдың № %2 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>approved</source>
        <translation>бекітілген</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved by %1 on %2</source>
        <translation>%2 күні %1 бекітті</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>instructed by %1 on %2</source>
        <translation>тапсырған %1, %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No conflicts, no frequency warnings.</source>
        <translation>Қайшылықтар да, жиілік туралы ескертулер де жоқ.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>New schedule line</source>
        <translation>Кестенің жаңа жолы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schedule line</source>
        <translation>Кесте жолы</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+171"/>
        <source>Organisation:</source>
        <translation>Ұйым:</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+171"/>
        <source>Official (a user):</source>
        <translation>Лауазымды тұлға (пайдаланушы):</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+171"/>
        <source>Or type the official&apos;s name and position (a user chosen above fills what is left empty).</source>
        <translation>Немесе лауазымды тұлғаның аты-жөні мен лауазымын енгізіңіз (жоғарыда таңдалған пайдаланушы бос қалғанын толтырады).</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+171"/>
        <source>Official&apos;s name:</source>
        <translation>Лауазымды тұлғаның аты-жөні:</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+171"/>
        <source>Position:</source>
        <translation>Лауазымы:</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility type (duty prosecutor, R-6):</source>
        <translation>Мекеме түрі (кезекші прокурор, R-6):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility:</source>
        <translation>Мекеме:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— a single date —</source>
        <translation>— бір күн —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekday:</source>
        <translation>Апта күні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every week</source>
        <translation>әр апта сайын</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>week %1 of the month</source>
        <translation>айдың %1-аптасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last of the month</source>
        <translation>айдың соңғысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week of the month:</source>
        <translation>Айдың аптасы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date (a single date, dd.MM.yyyy):</source>
        <translation>Күні (бір күн, dd.MM.yyyy):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from (dd.MM.yyyy):</source>
        <translation>Қолданылу басы (dd.MM.yyyy):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid to (dd.MM.yyyy, empty: open):</source>
        <translation>Қолданылу соңы (dd.MM.yyyy, бос болса: мерзімсіз):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+157"/>
        <source>From (HH:mm):</source>
        <translation>Басталуы (HH:mm):</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+157"/>
        <source>To (HH:mm):</source>
        <translation>Аяқталуы (HH:mm):</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+157"/>
        <source>Place (Kazakh):</source>
        <translation>Орны (қазақша):</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+157"/>
        <source>Place (Russian):</source>
        <translation>Орны (орысша):</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Note:</source>
        <translation>Ескертпе:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 not a date dd.MM.yyyy: %2</source>
        <translation>%1 dd.MM.yyyy күні емес: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+155"/>
        <source>%1 not a time HH:mm: %2</source>
        <translation>%1 HH:mm уақыты емес: %2</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>empty</source>
        <translation>бос</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from:</source>
        <translation>Қолданылу басы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid to:</source>
        <translation>Қолданылу соңы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+152"/>
        <source>From:</source>
        <translation>Басталуы:</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+152"/>
        <source>To:</source>
        <translation>Аяқталуы:</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Remove the line</source>
        <translation>Жолды жою</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected schedule line?</source>
        <translation>Таңдалған кесте жолы жойылсын ба?</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+114"/>
        <source>The PDF could not be written: %1</source>
        <translation>PDF файлын жазу мүмкін болмады: %1</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 жазылмады: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Off-schedule reception instruction (R-50)</source>
        <translation>Кестеден тыс қабылдау туралы тапсырма (R-50)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When circumstances cannot wait, the ЦПГ prosecutor instructs an oblast or district prosecutor or a deputy, in writing or orally, to organise a reception outside the schedule (R-50).</source>
        <translation>Кейінге қалдыруға болмайтын мән-жайларда АҚО прокуроры облыс немесе аудан прокурорына не орынбасарына кестеден тыс қабылдауды ұйымдастыруды жазбаша немесе ауызша тапсырады (R-50).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Form of the instruction:</source>
        <translation>Тапсырма нысаны:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date (dd.MM.yyyy):</source>
        <translation>Күні (кк.АА.жжжж):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Visitor:</source>
        <translation>Келуші:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ЛП-1 card number (if any):</source>
        <translation>ЛП-1 карточкасының нөмірі (бар болса):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it cannot wait:</source>
        <translation>Неліктен кейінге қалдыруға болмайды:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Date: not a date dd.MM.yyyy: %1</source>
        <translation>Күні: кк.АА.жжжж күні емес: %1</translation>
    </message>
</context>
<context>
    <name>armcpg::SettingsTab</name>
    <message>
        <location filename="../ui/admin/SettingsTab.cpp" line="+119"/>
        <source>In force since %1 (switched on by %2).</source>
        <translation>%1 бастап қолданылады (қосқан %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in force (switched off on %1 by %2).</source>
        <translation>Қолданылмайды (%1 өшірген %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in force.</source>
        <translation>Қолданылмайды.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved: terms now count the day of receipt.</source>
        <translation>Сақталды: енді мерзімдерге түскен күн де есептеледі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved: terms now start on the day after receipt.</source>
        <translation>Сақталды: енді мерзімдер түскен күннің келесі күнінен басталады.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved: the last day of pre-registration still takes requests.</source>
        <translation>Сақталды: алдын ала жазылудың соңғы күні өтінімдер әлі қабылданады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved: pre-registration closes the day before its last day.</source>
        <translation>Сақталды: алдын ала жазылу соңғы күнінің алдында жабылады.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved: reception is by videoconference only on every workstation (R-11).</source>
        <translation>Сақталды: барлық жұмыс орындарында қабылдау тек БКБ арқылы (R-11).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved: reception in person is allowed again.</source>
        <translation>Сақталды: жеке қабылдауға қайтадан рұқсат етілді.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The day of &amp;receipt counts in a term</source>
        <translation>&amp;Түскен күн мерзімге есептеледі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off (the default): a term is counted from the day after the appeal was received, as general Kazakh rules on computing terms do; the rules on appeals do not say otherwise. Turn it on only when the prosecutor&apos;s office has decided that the day of receipt is the first day of the term. The change applies to terms computed from now on, on every workstation.</source>
        <translation>Өшірулі (әдепкі): мерзімдерді есептеу туралы Қазақстанның жалпы қағидаларына сәйкес мерзім өтініш түскен күннің келесі күнінен бастап есептеледі; өтініштер туралы қағидаларда өзгеше көзделмеген. Прокуратура түскен күнді мерзімнің бірінші күні деп шешкен жағдайда ғана қосыңыз. Өзгеріс бұдан былай есептелетін мерзімдерге барлық жұмыс орындарында қолданылады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The &amp;last day of pre-registration still takes requests (R-18, R-36)</source>
        <translation>Алдын ала жазылудың &amp;соңғы күні өтінімдер әлі қабылданады (R-18, R-36)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On (the default): registration closes 5 working days before a reception by the General Prosecutor, the deputies and the subdivision heads (R-18) and 1 working day before other receptions (R-36), and that closing day still takes requests. Off: the closing day no longer takes them. The change applies on every workstation.</source>
        <translation>Қосулы (әдепкі): жазылу Бас Прокурордың, орынбасарлардың және бөлімше басшыларының қабылдауынан 5 жұмыс күні бұрын (R-18), басқа қабылдаулардан 1 жұмыс күні бұрын (R-36) жабылады, және сол күні өтінімдер әлі қабылданады. Өшірулі: сол күні өтінімдер қабылданбайды. Өзгеріс барлық жұмыс орындарында қолданылады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Emergency: reception by videoconference only (R-11)</source>
        <translation>Төтенше жағдай: қабылдау тек БКБ арқылы (R-11)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Decree of the President of 15.03.2026 No. 285 on the state of emergency</source>
        <translation>мыс. Президенттің 15.03.2026 № 285 төтенше жағдай енгізу туралы Жарлығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reception by &amp;videoconference only</source>
        <translation>Қабылдау тек &amp;БКБ арқылы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under a state of emergency or quarantine citizens are received by videoconference only: a card ЛП-1 of a held reception must be online; the kiosk, the status bar and the posted schedule say so. Only a head or an administrator can switch it.</source>
        <translation>Төтенше жағдай немесе карантин кезінде азаматтар тек БКБ арқылы қабылданады: өткізілген қабылдаудың ЛП-1 карточкасы онлайн болуы тиіс; бұл туралы киоск, күй жолағы және ілінген кесте хабарлайды. Тек басшы немесе әкімші ауыстыра алады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Only an administrator can change settings</source>
        <translation>Баптауларды тек әкімші өзгерте алады</translation>
    </message>
</context>
<context>
    <name>armcpg::SigningMatrixTab</name>
    <message>
        <location filename="../ui/admin/SigningMatrixTab.cpp" line="+76"/>
        <source>Deputy&apos;s request (I-12)</source>
        <translation>Депутаттық сауал (I-12)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose the row of a decision first.</source>
        <translation>Алдымен шешімнің жолын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Who signs the answer to each decision (I-88). A tick lets that level sign; a change is saved at once for every workstation. &quot;Reset row&quot; returns to the matrix shipped with the program. A user&apos;s level is set on the Users tab.</source>
        <translation>Әр шешім бойынша жауапқа кім қол қояды (I-88). Белгі сол деңгейге қол қоюға рұқсат береді; өзгеріс барлық жұмыс орындары үшін бірден сақталады. «Жолды қайтару» бағдарламамен берілген матрицаны қалпына келтіреді. Пайдаланушының деңгейі «Пайдаланушылар» қойындысында белгіленеді.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reset row</source>
        <translation>Жолды &amp;қайтару</translation>
    </message>
</context>
<context>
    <name>armcpg::SyncPage</name>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="+197"/>
        <location line="+100"/>
        <location line="+31"/>
        <source>Cannot save: %1</source>
        <translation>Сақтау мүмкін емес: %1</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Sync: working on the central database directly</source>
        <translation>Синхрондау: орталық дерекқормен тікелей жұмыс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync: no central database</source>
        <translation>Синхрондау: орталық дерекқор көрсетілмеген</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <location line="+174"/>
        <source>never</source>
        <translation>болған жоқ</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Sync: %1</source>
        <translation>Синхрондау: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waiting</source>
        <comment>changes not yet sent to the centre</comment>
        <translation>
            <numerusform>жіберуді күтетін %n өзгеріс</numerusform>
            <numerusform>жіберуді күтетін %n өзгеріс</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>сәтсіз</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n қайшылық</numerusform>
            <numerusform>%n қайшылық</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This workstation works on the central database directly: there is nothing to sync.</source>
        <translation>Бұл жұмыс орны орталық дерекқормен тікелей жұмыс істейді: синхрондайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No central database address is set.</source>
        <translation>Орталық дерекқордың мекенжайы көрсетілмеген.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central database: %1</source>
        <translation>Орталық дерекқор: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful sync: %1</source>
        <translation>Соңғы сәтті синхрондау: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last attempt: %1</source>
        <translation>Соңғы әрекет: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>Жіберуді күтетін %n өзгеріс</numerusform>
            <numerusform>Жіберуді күтетін %n өзгеріс</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest waiting change: %1</source>
        <translation>Жіберуді күтетін ең ерте өзгеріс: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error: %1</source>
        <translation>Соңғы қате: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n шешілмеген қайшылық</numerusform>
            <numerusform>%n шешілмеген қайшылық</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or press Ctrl+8 for the Sync page.</source>
        <translation>Синхрондау бетін ашу үшін шертіңіз немесе Ctrl+8 басыңыз.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Central database address</source>
        <translation>Орталық дерекқордың мекенжайы</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No central database: this workstation does not sync.</source>
        <translation>Орталық дерекқор көрсетілмеген: бұл жұмыс орны синхрондалмайды.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the address must start with postgresql://</source>
        <translation>мекенжай postgresql:// деп басталуы тиіс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the address names no database role: postgresql://role@host:port/database</source>
        <translation>мекенжайда дерекқор рөлі көрсетілмеген: postgresql://role@host:port/database</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The central database address is saved.</source>
        <translation>Орталық дерекқордың мекенжайы сақталды.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot sync: %1</source>
        <translation>Синхрондау мүмкін емес: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling after the current batch…</source>
        <translation>Ағымдағы пакет аяқталған соң тоқтатылады…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connecting to the central database…</source>
        <translation>Орталық дерекқорға қосылу…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sending changes: %v of %m</source>
        <translation>Өзгерістерді жіберу: %m ішінен %v</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receiving changes: %v of %m</source>
        <translation>Өзгерістерді алу: %m ішінен %v</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending this workstation&apos;s changes…</source>
        <translation>Осы жұмыс орнының өзгерістерін жіберу…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receiving the centre&apos;s changes…</source>
        <translation>Орталықтың өзгерістерін алу…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled: sent %1, received %2; what was done stays done.</source>
        <translation>Тоқтатылды: жіберілгені %1, алынғаны %2; орындалғаны сақталады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled: %1</source>
        <translation>Тоқтатылды: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Synced: sent %1, received %2, %n new conflict(s).</source>
        <translation>
            <numerusform>Синхрондалды: жіберілгені %1, алынғаны %2, %n жаңа қайшылық.</numerusform>
            <numerusform>Синхрондалды: жіберілгені %1, алынғаны %2, %n жаңа қайшылық.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync failed: %1</source>
        <translation>Синхрондау сәтсіз аяқталды: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n change(s), the oldest from %1</source>
        <translation>
            <numerusform>%n өзгеріс, ең ертесі — %1</numerusform>
            <numerusform>%n өзгеріс, ең ертесі — %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n өзгеріс</numerusform>
            <numerusform>%n өзгеріс</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>error</source>
        <translation>қате</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>ескерту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation>ақпарат</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1, %2: this device&apos;s value is taken.</source>
        <translation>%1, %2: осы құрылғының мәні қабылданды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2: the centre&apos;s value is kept.</source>
        <translation>%1, %2: орталықтың мәні қалдырылды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot resolve the conflict: %1</source>
        <translation>Қайшылықты шешу мүмкін емес: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This workstation keeps its data in its own file and exchanges changes with the central database: its changes go there, and the centre&apos;s directories, calendar, users and records of its organisation come back.</source>
        <translation>Бұл жұмыс орны деректерін өз файлында сақтайды және орталық дерекқормен өзгерістер алмасады: оның өзгерістері сонда жіберіледі, ал орталықтан анықтамалықтар, күнтізбе, пайдаланушылар және оның ұйымының жазбалары қайтып келеді.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This workstation works on the central database directly: there is nothing to sync. Conflicts reported by laptops are resolved here.</source>
        <translation>Бұл жұмыс орны орталық дерекқормен тікелей жұмыс істейді: синхрондайтын ештеңе жоқ. Ноутбуктер хабарлаған қайшылықтар осында шешіледі.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Central database</source>
        <translation>Орталық дерекқор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central database &amp;address</source>
        <translation>Орталық дерекқордың &amp;мекенжайы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postgresql://role@host:5432/database?sslmode=verify-full</source>
        <translation>postgresql://role@host:5432/database?sslmode=verify-full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept in memory only; empty: PGPASSWORD or ~/.pgpass</source>
        <translation>тек жадта сақталады; бос болса — PGPASSWORD немесе ~/.pgpass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync a&amp;utomatically</source>
        <translation>Автоматты түрде синхрон&amp;дау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every two minutes while the centre is reachable</source>
        <translation>Орталық қолжетімді болғанда әр екі минут сайын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync &amp;now (F5)</source>
        <translation>Қазір си&amp;нхрондау (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc)</source>
        <translation>Бас тарту (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful sync:</source>
        <translation>Соңғы сәтті синхрондау:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting:</source>
        <translation>Жіберуді күтетін өзгерістер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open conflicts:</source>
        <translation>Шешілмеген қайшылықтар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error:</source>
        <translation>Соңғы қате:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts: the same field changed here and at the centre</source>
        <translation>Қайшылықтар: бір өріс осында да, орталықта да өзгертілген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centre&apos;s value</source>
        <translation>Орталықтың мәні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This device&apos;s value</source>
        <translation>Осы құрылғының мәні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detected</source>
        <translation>Анықталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the centre&apos;s value</source>
        <translation>&amp;Орталықтың мәнін қалдыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take this device&apos;s value</source>
        <translation>Осы құрылғының мәнін қа&amp;былдау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Деңгейі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
</context>
<context>
    <name>armcpg::SyncRunner</name>
    <message>
        <location filename="../ui/sync/SyncRunner.cpp" line="+59"/>
        <source>a sync is running already</source>
        <translation>синхрондау әлдеқашан жүріп жатыр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this workstation works on the central database directly: there is nothing to sync</source>
        <translation>бұл жұмыс орны орталық дерекқормен тікелей жұмыс істейді: синхрондайтын ештеңе жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no central database address is set</source>
        <translation>орталық дерекқордың мекенжайы көрсетілмеген</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the central database address must start with postgresql://</source>
        <translation>орталық дерекқордың мекенжайы postgresql:// деп басталуы тиіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled before the centre was reached</source>
        <translation>орталыққа қосылмай тұрып тоқтатылды</translation>
    </message>
</context>
<context>
    <name>armcpg::UserDialog</name>
    <message>
        <location filename="../ui/admin/UserDialog.cpp" line="-167"/>
        <source>&amp;Active: may sign in</source>
        <translation>&amp;Белсенді: жүйеге кіре алады</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New user</source>
        <translation>Жаңа пайдаланушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User %1</source>
        <translation>Пайдаланушы %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit user %1</source>
        <translation>%1 пайдаланушысын өңдеу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Latin lower-case letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;</source>
        <translation>Латынның кіші әріптері, цифрлар, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roles *</source>
        <translation>Рөлдер *</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Login *</source>
        <translation>&amp;Логин *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name *</source>
        <translation>Аты-&amp;жөні *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation *</source>
        <translation>&amp;Ұйым *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Position</source>
        <translation>Лауазы&amp;м</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at least 8 characters</source>
        <translation>кемінде 8 таңба</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass&amp;word *</source>
        <translation>Құпия&amp;сөз *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the password *</source>
        <translation>Құпиясөзді &amp;қайталау *</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reset pass&amp;word…</source>
        <translation>Құпиясөзді қалпына &amp;келтіру…</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+51"/>
        <source>organisation</source>
        <translation>ұйым</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>&quot;%1&quot; is not an organisation of the directory</source>
        <translation>&quot;%1&quot; анықтамалықтағы ұйым емес</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+49"/>
        <source>position</source>
        <translation>лауазым</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>&quot;%1&quot; is not a position of the directory</source>
        <translation>&quot;%1&quot; анықтамалықтағы лауазым емес</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+51"/>
        <source>repeat the password</source>
        <translation>құпиясөзді қайталаңыз</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>the two passwords differ</source>
        <translation>екі құпиясөз сәйкес келмейді</translation>
    </message>
</context>
<context>
    <name>armcpg::UsersTab</name>
    <message>
        <location filename="../ui/admin/UsersTab.cpp" line="+121"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The signing level of %1 was saved.</source>
        <translation>%1 пайдаланушысының қол қою деңгейі сақталды.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The user %1 was created.</source>
        <translation>%1 пайдаланушысы құрылды.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The user %1 was saved.</source>
        <translation>%1 пайдаланушысы сақталды.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The password of %1 was set; they choose their own at the next sign-in.</source>
        <translation>%1 пайдаланушысының құпиясөзі орнатылды; келесі кіру кезінде ол өз құпиясөзін таңдайды.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>Рөлдер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add user…</source>
        <translation>Пайдаланушы &amp;қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a user (Ins)</source>
        <translation>Пайдаланушы қосу (Ins)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Өңдеу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected user (Enter, F2, double-click)</source>
        <translation>Таңдалған пайдаланушыны өңдеу (Enter, F2, екі рет шерту)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset password…</source>
        <translation>Құпиясөзді қа&amp;лпына келтіру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a new password; the user chooses their own at the next sign-in</source>
        <translation>Жаңа құпиясөз орнату; пайдаланушы келесі кіру кезінде өз құпиясөзін таңдайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gns answers as:</source>
        <translation>Жауаптарға қ&amp;ол қою деңгейі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The level at which the selected user signs answers (I-88: the signing matrix)</source>
        <translation>Таңдалған пайдаланушының жауаптарға қол қою деңгейі (I-88: қол қою матрицасы)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(does not sign)</source>
        <translation>(қол қоймайды)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Only an administrator can change users</source>
        <translation>Пайдаланушыларды тек әкімші өзгерте алады</translation>
    </message>
</context>
<context>
    <name>armcpg::WorkstationTab</name>
    <message>
        <location filename="../ui/admin/WorkstationTab.cpp" line="-6"/>
        <source>&quot;%1&quot; is not an organisation of the directory</source>
        <translation>&quot;%1&quot; анықтамалықтағы ұйым емес</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved: this workstation writes as %1 for %2.</source>
        <translation>Сақталды: осы жұмыс орны %2 атынан %1 құрылғысы ретінде жазады.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database:</source>
        <translation>Дерекқор:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Device id:</source>
        <translation>&amp;Құрылғы идентификаторы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Ұйым:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve</source>
        <translation>Са&amp;қтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the device id only to give a reinstalled workstation back its own identity: two workstations writing as one device would clash in card numbers and in sync.</source>
        <translation>Құрылғы идентификаторын тек қайта орнатылған жұмыс орнына оның бұрынғы идентификаторын қайтару үшін өзгертіңіз: бір құрылғы ретінде жазатын екі жұмыс орны карточка нөмірлерінде және синхрондауда бір-бірімен қайшылыққа түседі.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an administrator can change the workstation</source>
        <translation>Жұмыс орнын тек әкімші өзгерте алады</translation>
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
        <translation>%2 дерекқоры үшін %1 пайдаланушысының құпиясөзі:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database cannot be opened.

%1</source>
        <translation>Дерекқорды ашу мүмкін емес.

%1</translation>
    </message>
</context>
</TS>
