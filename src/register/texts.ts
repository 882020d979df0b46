import { defineTexts } from '#kernel/texts';
import { COMPLAINT_SEVERITIES, FEEDBACK_CATEGORIES } from '#kernel/feedback-labels';
import { CLOSED_STATUSES, CUSTOMER_RESPONSES, MEASURE_TYPES } from './domain/complaint-record';
import { MAX_FILTER_PROJECTS, MAX_PAGE_SIZE, MEASURE_FILTERS, REGISTER_STATUSES, RESPONSE_FILTERS, SORT_KEYS } from './domain/register-filter';
import { MAX_SETTINGS_PROJECTS, THRESHOLD_MAX_DAYS, THRESHOLD_MIN_DAYS } from './domain/settings';

/**
 * Every sentence the complaint register's backend writes for people: the panel's, the register
 * pages' and the settings' errors (written in the caller's language), the workflow rule's message
 * (the acting user's language when Jira names them, the site's otherwise), the escalation emails
 * (their addressee's language), and the messages of the contract's checks (contract.ts and the
 * domain's schemas write the same English; `sentence()` finds the translation by it). A message
 * about an input field has no field name of its own: the services put it in front (`aboutField`).
 * The values a check lists (corrective, asc, …) are the input's own words and stay as they are.
 */
const oneOf = (values: readonly string[]) => `must be one of ${values.join(', ')}`;
const OPERATION_KINDS = ['addMeasure', 'editMeasure', 'closeMeasure', 'reopenMeasure', 'setAnalysis', 'escalate'] as const;

const en = {
  'error.outsideProject': 'The register was opened outside a project.',
  'error.notComplaint': '{key} is not a Complaint. Measures and their analysis are kept on Complaint issues.',
  'error.cannotEdit': 'You do not have permission to edit {key}, so you cannot change its measures.',
  'error.ownerUnknown': 'Jira knows no active user with this account id.',
  'error.ownerCannotSee': '{name} cannot see {key}, so they cannot own a measure on it. Choose someone who can.',
  'error.busy': 'someone else is saving a change to {key} right now. Try again in a moment.',
  'error.unreadable': '{key} holds complaint data this version of the app cannot read ({problem}). Nothing was changed.',
  'error.projectUnknown': 'project {id} does not exist or is not a company-managed service project.',

  'conflict.measure-closed': 'Someone closed this measure after you opened it, so your change was not saved. The panel now shows the measure as it is.',
  'conflict.measure-changed': 'Someone changed this measure after you opened it, so your change was not saved. Check the measure as it is now and try again.',
  'conflict.analysis-changed': 'Someone changed this after you opened it, so your change was not saved. The panel now shows the current value.',
  'conflict.measure-id-taken': 'Another measure was added under the same id. Add your measure again.',
  'refused.measure-not-found': 'this measure no longer exists on the complaint.',
  'refused.too-many-measures': 'a complaint holds at most {max} measures. Cancel or reuse one instead.',
  'refused.measure-not-open': 'only open measures can be changed; reopen it first.',
  'refused.nothing-to-change': 'say what to change.',
  'refused.record-full': 'this complaint has no room left for more text. Shorten the descriptions or the root cause.',

  'validator.noCorrective':
    'This complaint cannot be resolved yet: it has no corrective measure. Add the measure that fixes it in the Complaint measures panel and close it, then resolve the complaint.',
  'validator.openCorrective':
    'This complaint cannot be resolved yet: {count, plural, one {# corrective measure is} other {# corrective measures are}} still open. Close {count, plural, one {it} other {them}} as done or cancelled in the Complaint measures panel, then resolve the complaint.',
  'validator.unreadable': 'This complaint cannot be resolved: its measures cannot be read ({problem}).',

  'email.overdue.subject': '{key}: a corrective or preventive measure is overdue',
  'email.overdue.text':
    'The {measure} "{description}" on complaint {key} ({summary}) was due on {dueDate} and is still open ({days, plural, one {# day} other {# days}} overdue). Please finish it, or change its due date, in the Complaint measures panel: {link}',
  'email.stalled.subject': '{key}: complaint open for {days, plural, one {# day} other {# days}}',
  'email.stalled.text':
    'Complaint {key} ({summary}) has been open for {days, plural, one {# day} other {# days}}, past the {threshold}-day limit for {complaints}. It is escalated to you: {link}',
  'measure.corrective': 'corrective measure',
  'measure.preventive': 'preventive measure',
  'complaints.low': 'low complaints',
  'complaints.medium': 'medium complaints',
  'complaints.high': 'high complaints',
  'complaints.critical': 'critical complaints',
  'complaints.unrated': 'unrated complaints',

  'input.measureType': oneOf(MEASURE_TYPES),
  'input.response': oneOf(CUSTOMER_RESPONSES),
  'input.outcome': oneOf(CLOSED_STATUSES),
  'input.operation': oneOf(OPERATION_KINDS),
  'input.notAccountId': 'is not an account id',
  'input.wholeNumber': 'must be a whole number',
  'input.atLeastOne': 'must be 1 or more',
  'input.measureId': 'must be a measure id such as m-3f9a1c2b',
  'input.sayWhatToChange': 'say what to change',
  'input.pageSize': `must be at most ${MAX_PAGE_SIZE}`,
  'input.date': 'must be a date written YYYY-MM-DD',
  'input.projectIds': 'must be project ids (digits only)',
  'input.filterProjects': `must name at most ${MAX_FILTER_PROJECTS} projects`,
  'input.organizationId': 'must be an organization id (digits only)',
  'input.serviceId': 'must be a service id',
  'input.notServiceId': 'is not a service id',
  'input.category': oneOf(FEEDBACK_CATEGORIES),
  'input.severity': oneOf(COMPLAINT_SEVERITIES),
  'input.status': oneOf(REGISTER_STATUSES),
  'input.measures': oneOf(MEASURE_FILTERS),
  'input.responseFilter': oneOf(RESPONSE_FILTERS),
  'input.toBeforeFrom': 'must not be before createdFrom',
  'input.sortKey': oneOf(SORT_KEYS),
  'input.direction': 'must be asc or desc',
  'input.thresholdWhole': 'must be a whole number of days',
  'input.thresholdMin': `must be at least ${THRESHOLD_MIN_DAYS} day`,
  'input.thresholdMax': `must be at most ${THRESHOLD_MAX_DAYS} days`,
  'input.timeZone': 'must be a time zone name such as Europe/Berlin or UTC',
  'input.settingsProjects': `must name at most ${MAX_SETTINGS_PROJECTS} projects`,
  'input.contact': 'must be an account id, or null for none',
} as const;

export type RegisterTextKey = keyof typeof en;

/** A list of input values as each language writes a list of them (Chinese with 、). */
const listOf = (values: readonly string[], separator = ', ') => values.join(separator);

export const REGISTER_TEXTS = defineTexts(en, {
  de: {
    'error.outsideProject': 'Das Beschwerderegister wurde außerhalb eines Projekts geöffnet.',
    'error.notComplaint': '{key} ist kein Vorgang vom Typ Beschwerde. Maßnahmen und ihre Analyse werden in Vorgängen vom Typ Beschwerde geführt.',
    'error.cannotEdit': 'Sie haben keine Berechtigung, {key} zu bearbeiten, und können daher seine Maßnahmen nicht ändern.',
    'error.ownerUnknown': 'Jira kennt keinen aktiven Benutzer mit dieser Konto-ID.',
    'error.ownerCannotSee':
      '{name} kann {key} nicht sehen und daher für keine Maßnahme dazu verantwortlich sein. Wählen Sie eine Person aus, die den Vorgang sehen kann.',
    'error.busy': 'eine andere Person speichert gerade eine Änderung an {key}. Versuchen Sie es gleich noch einmal.',
    'error.unreadable': '{key} enthält Beschwerdedaten, die diese Version der App nicht lesen kann ({problem}). Es wurde nichts geändert.',
    'error.projectUnknown': 'Projekt {id} existiert nicht oder ist kein vom Unternehmen verwaltetes Serviceprojekt.',

    'conflict.measure-closed':
      'Jemand hat diese Maßnahme abgeschlossen, nachdem Sie sie geöffnet hatten; Ihre Änderung wurde daher nicht gespeichert. Der Bereich zeigt die Maßnahme jetzt im aktuellen Stand.',
    'conflict.measure-changed':
      'Jemand hat diese Maßnahme geändert, nachdem Sie sie geöffnet hatten; Ihre Änderung wurde daher nicht gespeichert. Prüfen Sie die Maßnahme im aktuellen Stand und versuchen Sie es erneut.',
    'conflict.analysis-changed':
      'Jemand hat dies geändert, nachdem Sie es geöffnet hatten; Ihre Änderung wurde daher nicht gespeichert. Der Bereich zeigt jetzt den aktuellen Wert.',
    'conflict.measure-id-taken': 'Unter derselben ID wurde bereits eine andere Maßnahme hinzugefügt. Fügen Sie Ihre Maßnahme erneut hinzu.',
    'refused.measure-not-found': 'diese Maßnahme gibt es in der Beschwerde nicht mehr.',
    'refused.too-many-measures':
      'eine Beschwerde kann höchstens {max} Maßnahmen enthalten. Brechen Sie stattdessen eine Maßnahme ab oder verwenden Sie eine vorhandene weiter.',
    'refused.measure-not-open': 'nur offene Maßnahmen können geändert werden; öffnen Sie sie zuerst erneut.',
    'refused.nothing-to-change': 'geben Sie an, was geändert werden soll.',
    'refused.record-full': 'in dieser Beschwerde ist kein Platz mehr für weiteren Text. Kürzen Sie die Beschreibungen oder die Ursache.',

    'validator.noCorrective':
      'Diese Beschwerde kann noch nicht gelöst werden: sie hat keine Korrekturmaßnahme. Fügen Sie im Bereich „Beschwerdemaßnahmen“ die Maßnahme hinzu, die sie behebt, und schließen Sie sie ab; lösen Sie dann die Beschwerde.',
    'validator.openCorrective':
      'Diese Beschwerde kann noch nicht gelöst werden: {count, plural, one {# Korrekturmaßnahme ist} other {# Korrekturmaßnahmen sind}} noch offen. Schließen Sie sie im Bereich „Beschwerdemaßnahmen“ als erledigt oder abgebrochen ab; lösen Sie dann die Beschwerde.',
    'validator.unreadable': 'Diese Beschwerde kann nicht gelöst werden: ihre Maßnahmen können nicht gelesen werden ({problem}).',

    'email.overdue.subject': '{key}: Eine Korrektur- oder Vorbeugemaßnahme ist überfällig',
    'email.overdue.text':
      'Die {measure} „{description}“ zur Beschwerde {key} ({summary}) war am {dueDate} fällig und ist noch offen ({days, plural, one {# Tag} other {# Tage}} überfällig). Bitte schließen Sie sie ab oder ändern Sie ihr Fälligkeitsdatum im Bereich „Beschwerdemaßnahmen“: {link}',
    'email.stalled.subject': '{key}: Beschwerde seit {days, plural, one {# Tag} other {# Tagen}} offen',
    'email.stalled.text':
      'Die Beschwerde {key} ({summary}) ist seit {days, plural, one {# Tag} other {# Tagen}} offen und hat damit die Frist von {threshold, plural, one {# Tag} other {# Tagen}} für {complaints} überschritten. Die Beschwerde wird an Sie eskaliert: {link}',
    'measure.corrective': 'Korrekturmaßnahme',
    'measure.preventive': 'Vorbeugemaßnahme',
    'complaints.low': 'Beschwerden mit niedrigem Schweregrad',
    'complaints.medium': 'Beschwerden mit mittlerem Schweregrad',
    'complaints.high': 'Beschwerden mit hohem Schweregrad',
    'complaints.critical': 'Beschwerden mit kritischem Schweregrad',
    'complaints.unrated': 'Beschwerden ohne Schweregrad',

    'input.measureType': `muss einer der folgenden Werte sein: ${listOf(MEASURE_TYPES)}`,
    'input.response': `muss einer der folgenden Werte sein: ${listOf(CUSTOMER_RESPONSES)}`,
    'input.outcome': `muss einer der folgenden Werte sein: ${listOf(CLOSED_STATUSES)}`,
    'input.operation': `muss einer der folgenden Werte sein: ${listOf(OPERATION_KINDS)}`,
    'input.notAccountId': 'ist keine Konto-ID',
    'input.wholeNumber': 'muss eine ganze Zahl sein',
    'input.atLeastOne': 'muss 1 oder größer sein',
    'input.measureId': 'muss eine Maßnahmen-ID wie m-3f9a1c2b sein',
    'input.sayWhatToChange': 'geben Sie an, was geändert werden soll',
    'input.pageSize': `darf höchstens ${MAX_PAGE_SIZE} sein`,
    'input.date': 'muss ein Datum im Format JJJJ-MM-TT sein',
    'input.projectIds': 'müssen Projekt-IDs sein (nur Ziffern)',
    'input.filterProjects': `darf höchstens ${MAX_FILTER_PROJECTS} Projekte nennen`,
    'input.organizationId': 'muss eine Organisations-ID sein (nur Ziffern)',
    'input.serviceId': 'muss eine Service-ID sein',
    'input.notServiceId': 'ist keine Service-ID',
    'input.category': `muss einer der folgenden Werte sein: ${listOf(FEEDBACK_CATEGORIES)}`,
    'input.severity': `muss einer der folgenden Werte sein: ${listOf(COMPLAINT_SEVERITIES)}`,
    'input.status': `muss einer der folgenden Werte sein: ${listOf(REGISTER_STATUSES)}`,
    'input.measures': `muss einer der folgenden Werte sein: ${listOf(MEASURE_FILTERS)}`,
    'input.responseFilter': `muss einer der folgenden Werte sein: ${listOf(RESPONSE_FILTERS)}`,
    'input.toBeforeFrom': 'darf nicht vor „createdFrom“ liegen',
    'input.sortKey': `muss einer der folgenden Werte sein: ${listOf(SORT_KEYS)}`,
    'input.direction': 'muss asc oder desc sein',
    'input.thresholdWhole': 'muss eine ganze Zahl von Tagen sein',
    'input.thresholdMin': `muss mindestens ${THRESHOLD_MIN_DAYS} Tag sein`,
    'input.thresholdMax': `darf höchstens ${THRESHOLD_MAX_DAYS} Tage sein`,
    'input.timeZone': 'muss der Name einer Zeitzone wie Europe/Berlin oder UTC sein',
    'input.settingsProjects': `darf höchstens ${MAX_SETTINGS_PROJECTS} Projekte nennen`,
    'input.contact': 'muss eine Konto-ID sein, oder null für keine',
  },
  es: {
    'error.outsideProject': 'El registro de quejas se ha abierto fuera de un proyecto.',
    'error.notComplaint': '{key} no es una incidencia de tipo Queja. Las medidas y su análisis se guardan en las incidencias de tipo Queja.',
    'error.cannotEdit': 'No tiene permiso para editar {key}, por lo que no puede cambiar sus medidas.',
    'error.ownerUnknown': 'Jira no conoce ningún usuario activo con este identificador de cuenta.',
    'error.ownerCannotSee': '{name} no puede ver {key}, por lo que no puede ser responsable de ninguna de sus medidas. Elija a alguien que pueda verla.',
    'error.busy': 'otra persona está guardando un cambio en {key} en este momento. Vuelva a intentarlo en unos instantes.',
    'error.unreadable': '{key} contiene datos de queja que esta versión de la aplicación no puede leer ({problem}). No se ha cambiado nada.',
    'error.projectUnknown': 'el proyecto {id} no existe o no es un proyecto de servicio gestionado por la empresa.',

    'conflict.measure-closed':
      'Alguien ha cerrado esta medida después de que usted la abriera, así que su cambio no se ha guardado. El panel muestra ahora la medida tal como está.',
    'conflict.measure-changed':
      'Alguien ha cambiado esta medida después de que usted la abriera, así que su cambio no se ha guardado. Revise la medida tal como está ahora y vuelva a intentarlo.',
    'conflict.analysis-changed':
      'Alguien ha cambiado esto después de que usted lo abriera, así que su cambio no se ha guardado. El panel muestra ahora el valor actual.',
    'conflict.measure-id-taken': 'Se ha añadido otra medida con el mismo identificador. Vuelva a añadir su medida.',
    'refused.measure-not-found': 'esta medida ya no existe en la queja.',
    'refused.too-many-measures': 'una queja admite como máximo {max} medidas. Cancele o reutilice una de ellas.',
    'refused.measure-not-open': 'solo se pueden cambiar las medidas abiertas; vuelva a abrirla primero.',
    'refused.nothing-to-change': 'indique qué desea cambiar.',
    'refused.record-full': 'esta queja no tiene espacio para más texto. Acorte las descripciones o la causa raíz.',

    'validator.noCorrective':
      'Esta queja aún no se puede resolver: no tiene ninguna medida correctiva. Añada en el panel «Medidas de la queja» la medida que la soluciona y ciérrela; después, resuelva la queja.',
    'validator.openCorrective':
      'Esta queja aún no se puede resolver: {count, plural, one {# medida correctiva sigue abierta} other {# medidas correctivas siguen abiertas}}. {count, plural, one {Ciérrela} other {Ciérrelas}} como completada o cancelada en el panel «Medidas de la queja»; después, resuelva la queja.',
    'validator.unreadable': 'Esta queja no se puede resolver: no se pueden leer sus medidas ({problem}).',

    'email.overdue.subject': '{key}: una medida correctiva o preventiva está vencida',
    'email.overdue.text':
      'La {measure} «{description}» de la queja {key} ({summary}) vencía el {dueDate} y sigue abierta ({days, plural, one {# día} other {# días}} de retraso). Complétela o cambie su fecha de vencimiento en el panel «Medidas de la queja»: {link}',
    'email.stalled.subject': '{key}: queja abierta desde hace {days, plural, one {# día} other {# días}}',
    'email.stalled.text':
      'La queja {key} ({summary}) lleva abierta {days, plural, one {# día} other {# días}}, más que el límite de {threshold, plural, one {# día} other {# días}} para las {complaints}. Se ha escalado a usted: {link}',
    'measure.corrective': 'medida correctiva',
    'measure.preventive': 'medida preventiva',
    'complaints.low': 'quejas de gravedad baja',
    'complaints.medium': 'quejas de gravedad media',
    'complaints.high': 'quejas de gravedad alta',
    'complaints.critical': 'quejas de gravedad crítica',
    'complaints.unrated': 'quejas sin gravedad asignada',

    'input.measureType': `debe ser uno de estos valores: ${listOf(MEASURE_TYPES)}`,
    'input.response': `debe ser uno de estos valores: ${listOf(CUSTOMER_RESPONSES)}`,
    'input.outcome': `debe ser uno de estos valores: ${listOf(CLOSED_STATUSES)}`,
    'input.operation': `debe ser uno de estos valores: ${listOf(OPERATION_KINDS)}`,
    'input.notAccountId': 'no es un identificador de cuenta',
    'input.wholeNumber': 'debe ser un número entero',
    'input.atLeastOne': 'debe ser 1 o más',
    'input.measureId': 'debe ser un identificador de medida como m-3f9a1c2b',
    'input.sayWhatToChange': 'indique qué desea cambiar',
    'input.pageSize': `debe ser como máximo ${MAX_PAGE_SIZE}`,
    'input.date': 'debe ser una fecha con el formato AAAA-MM-DD',
    'input.projectIds': 'deben ser identificadores de proyecto (solo dígitos)',
    'input.filterProjects': `debe indicar como máximo ${MAX_FILTER_PROJECTS} proyectos`,
    'input.organizationId': 'debe ser un identificador de organización (solo dígitos)',
    'input.serviceId': 'debe ser un identificador de servicio',
    'input.notServiceId': 'no es un identificador de servicio',
    'input.category': `debe ser uno de estos valores: ${listOf(FEEDBACK_CATEGORIES)}`,
    'input.severity': `debe ser uno de estos valores: ${listOf(COMPLAINT_SEVERITIES)}`,
    'input.status': `debe ser uno de estos valores: ${listOf(REGISTER_STATUSES)}`,
    'input.measures': `debe ser uno de estos valores: ${listOf(MEASURE_FILTERS)}`,
    'input.responseFilter': `debe ser uno de estos valores: ${listOf(RESPONSE_FILTERS)}`,
    'input.toBeforeFrom': 'no puede ser anterior a «createdFrom»',
    'input.sortKey': `debe ser uno de estos valores: ${listOf(SORT_KEYS)}`,
    'input.direction': 'debe ser asc o desc',
    'input.thresholdWhole': 'debe ser un número entero de días',
    'input.thresholdMin': `debe ser de al menos ${THRESHOLD_MIN_DAYS} día`,
    'input.thresholdMax': `debe ser como máximo de ${THRESHOLD_MAX_DAYS} días`,
    'input.timeZone': 'debe ser el nombre de una zona horaria, como Europe/Berlin o UTC',
    'input.settingsProjects': `debe indicar como máximo ${MAX_SETTINGS_PROJECTS} proyectos`,
    'input.contact': 'debe ser un identificador de cuenta, o null para ninguno',
  },
  'zh-CN': {
    'error.outsideProject': '投诉登记簿是在项目之外打开的。',
    'error.notComplaint': '{key} 不是投诉事务。措施及其分析记录在投诉事务上。',
    'error.cannotEdit': '您没有编辑 {key} 的权限，因此无法更改其措施。',
    'error.ownerUnknown': 'Jira 中没有使用此账户 ID 的活跃用户。',
    'error.ownerCannotSee': '{name} 无法查看 {key}，因此不能负责其中的措施。请选择能够查看它的人员。',
    'error.busy': '其他人正在保存对 {key} 的更改。请稍后再试。',
    'error.unreadable': '{key} 中的投诉数据无法被此版本的应用读取（{problem}）。未做任何更改。',
    'error.projectUnknown': '项目 {id} 不存在，或不是公司管理的服务项目。',

    'conflict.measure-closed': '在您打开此措施后，有人关闭了它，因此您的更改未保存。面板现在显示该措施的当前状态。',
    'conflict.measure-changed': '在您打开此措施后，有人更改了它，因此您的更改未保存。请查看该措施的当前状态，然后重试。',
    'conflict.analysis-changed': '在您打开后，有人更改了此内容，因此您的更改未保存。面板现在显示当前值。',
    'conflict.measure-id-taken': '已有另一项措施使用了相同的 ID。请重新添加您的措施。',
    'refused.measure-not-found': '此措施已不在该投诉中。',
    'refused.too-many-measures': '一个投诉最多包含 {max} 项措施。请改为取消或重用其中一项。',
    'refused.measure-not-open': '只能更改未完成的措施；请先重新打开它。',
    'refused.nothing-to-change': '请说明要更改的内容。',
    'refused.record-full': '此投诉已没有空间容纳更多文本。请缩短描述或根本原因。',

    'validator.noCorrective': '此投诉尚不能解决：它没有纠正措施。请在“投诉措施”面板中添加解决此问题的措施并将其关闭，然后再解决投诉。',
    'validator.openCorrective':
      '此投诉尚不能解决：仍有 {count, plural, other {# 项纠正措施}}未完成。请在“投诉措施”面板中将其关闭为已完成或已取消，然后再解决投诉。',
    'validator.unreadable': '此投诉无法解决：无法读取其措施（{problem}）。',

    'email.overdue.subject': '{key}：一项纠正或预防措施已逾期',
    'email.overdue.text':
      '投诉 {key}（{summary}）的{measure}“{description}”已于 {dueDate} 到期，目前仍未完成（已逾期 {days, plural, other {# 天}}）。请在“投诉措施”面板中完成该措施或更改其到期日：{link}',
    'email.stalled.subject': '{key}：投诉已 {days, plural, other {# 天}}未解决',
    'email.stalled.text':
      '投诉 {key}（{summary}）已 {days, plural, other {# 天}}未解决，超过了{complaints}的 {threshold, plural, other {# 天}}期限。该投诉已升级给您：{link}',
    'measure.corrective': '纠正措施',
    'measure.preventive': '预防措施',
    'complaints.low': '低严重程度投诉',
    'complaints.medium': '中严重程度投诉',
    'complaints.high': '高严重程度投诉',
    'complaints.critical': '危急严重程度投诉',
    'complaints.unrated': '未评定严重程度的投诉',

    'input.measureType': `必须是以下值之一：${listOf(MEASURE_TYPES, '、')}`,
    'input.response': `必须是以下值之一：${listOf(CUSTOMER_RESPONSES, '、')}`,
    'input.outcome': `必须是以下值之一：${listOf(CLOSED_STATUSES, '、')}`,
    'input.operation': `必须是以下值之一：${listOf(OPERATION_KINDS, '、')}`,
    'input.notAccountId': '不是账户 ID',
    'input.wholeNumber': '必须是整数',
    'input.atLeastOne': '必须大于或等于 1',
    'input.measureId': '必须是措施 ID，例如 m-3f9a1c2b',
    'input.sayWhatToChange': '请说明要更改的内容',
    'input.pageSize': `最多为 ${MAX_PAGE_SIZE}`,
    'input.date': '必须是格式为 YYYY-MM-DD 的日期',
    'input.projectIds': '必须是项目 ID（仅限数字）',
    'input.filterProjects': `最多只能指定 ${MAX_FILTER_PROJECTS} 个项目`,
    'input.organizationId': '必须是组织 ID（仅限数字）',
    'input.serviceId': '必须是服务 ID',
    'input.notServiceId': '不是服务 ID',
    'input.category': `必须是以下值之一：${listOf(FEEDBACK_CATEGORIES, '、')}`,
    'input.severity': `必须是以下值之一：${listOf(COMPLAINT_SEVERITIES, '、')}`,
    'input.status': `必须是以下值之一：${listOf(REGISTER_STATUSES, '、')}`,
    'input.measures': `必须是以下值之一：${listOf(MEASURE_FILTERS, '、')}`,
    'input.responseFilter': `必须是以下值之一：${listOf(RESPONSE_FILTERS, '、')}`,
    'input.toBeforeFrom': '不能早于 createdFrom',
    'input.sortKey': `必须是以下值之一：${listOf(SORT_KEYS, '、')}`,
    'input.direction': '必须是 asc 或 desc',
    'input.thresholdWhole': '必须是整数天数',
    'input.thresholdMin': `必须至少为 ${THRESHOLD_MIN_DAYS} 天`,
    'input.thresholdMax': `最多为 ${THRESHOLD_MAX_DAYS} 天`,
    'input.timeZone': '必须是时区名称，例如 Europe/Berlin 或 UTC',
    'input.settingsProjects': `最多只能指定 ${MAX_SETTINGS_PROJECTS} 个项目`,
    'input.contact': '必须是账户 ID，或为 null 表示无',
  },
  id: {
    'error.outsideProject': 'Register keluhan dibuka di luar proyek.',
    'error.notComplaint': '{key} bukan isu Keluhan. Tindakan dan analisisnya disimpan pada isu Keluhan.',
    'error.cannotEdit': 'Anda tidak memiliki izin untuk mengedit {key}, sehingga Anda tidak dapat mengubah tindakannya.',
    'error.ownerUnknown': 'Jira tidak mengenal pengguna aktif dengan ID akun ini.',
    'error.ownerCannotSee':
      '{name} tidak dapat melihat {key}, sehingga tidak dapat menjadi penanggung jawab tindakan pada isu itu. Pilih orang yang dapat melihatnya.',
    'error.busy': 'orang lain sedang menyimpan perubahan pada {key}. Coba lagi sebentar lagi.',
    'error.unreadable': '{key} berisi data keluhan yang tidak dapat dibaca oleh versi aplikasi ini ({problem}). Tidak ada yang diubah.',
    'error.projectUnknown': 'proyek {id} tidak ada atau bukan proyek layanan yang dikelola perusahaan.',

    'conflict.measure-closed':
      'Seseorang menutup tindakan ini setelah Anda membukanya, sehingga perubahan Anda tidak disimpan. Panel kini menampilkan tindakan itu apa adanya.',
    'conflict.measure-changed':
      'Seseorang mengubah tindakan ini setelah Anda membukanya, sehingga perubahan Anda tidak disimpan. Periksa tindakan itu sebagaimana adanya sekarang, lalu coba lagi.',
    'conflict.analysis-changed':
      'Seseorang mengubah ini setelah Anda membukanya, sehingga perubahan Anda tidak disimpan. Panel kini menampilkan nilai saat ini.',
    'conflict.measure-id-taken': 'Tindakan lain telah ditambahkan dengan ID yang sama. Tambahkan tindakan Anda lagi.',
    'refused.measure-not-found': 'tindakan ini sudah tidak ada pada keluhan.',
    'refused.too-many-measures': 'satu keluhan memuat paling banyak {max} tindakan. Batalkan atau gunakan kembali salah satunya.',
    'refused.measure-not-open': 'hanya tindakan terbuka yang dapat diubah; buka kembali tindakan itu terlebih dahulu.',
    'refused.nothing-to-change': 'sebutkan apa yang ingin diubah.',
    'refused.record-full': 'keluhan ini tidak punya ruang lagi untuk teks tambahan. Persingkat deskripsi atau akar penyebabnya.',

    'validator.noCorrective':
      'Keluhan ini belum dapat diselesaikan: belum ada tindakan korektif. Tambahkan tindakan yang memperbaikinya di panel “Tindakan keluhan” lalu tutup tindakan itu, kemudian selesaikan keluhan.',
    'validator.openCorrective':
      'Keluhan ini belum dapat diselesaikan: {count, plural, other {# tindakan korektif}} masih terbuka. Tutup sebagai selesai atau dibatalkan di panel “Tindakan keluhan”, lalu selesaikan keluhan.',
    'validator.unreadable': 'Keluhan ini tidak dapat diselesaikan: tindakannya tidak dapat dibaca ({problem}).',

    'email.overdue.subject': '{key}: tindakan korektif atau pencegahan terlambat',
    'email.overdue.text':
      'Pada keluhan {key} ({summary}), {measure} “{description}” jatuh tempo pada {dueDate} dan masih terbuka (terlambat {days, plural, other {# hari}}). Selesaikan tindakan itu, atau ubah tanggal jatuh temponya, di panel “Tindakan keluhan”: {link}',
    'email.stalled.subject': '{key}: keluhan terbuka selama {days, plural, other {# hari}}',
    'email.stalled.text':
      'Keluhan {key} ({summary}) telah terbuka selama {days, plural, other {# hari}}, melewati batas {threshold, plural, other {# hari}} untuk {complaints}. Keluhan ini dieskalasi kepada Anda: {link}',
    'measure.corrective': 'tindakan korektif',
    'measure.preventive': 'tindakan pencegahan',
    'complaints.low': 'keluhan dengan tingkat keparahan rendah',
    'complaints.medium': 'keluhan dengan tingkat keparahan sedang',
    'complaints.high': 'keluhan dengan tingkat keparahan tinggi',
    'complaints.critical': 'keluhan dengan tingkat keparahan kritis',
    'complaints.unrated': 'keluhan tanpa tingkat keparahan',

    'input.measureType': `harus salah satu dari: ${listOf(MEASURE_TYPES)}`,
    'input.response': `harus salah satu dari: ${listOf(CUSTOMER_RESPONSES)}`,
    'input.outcome': `harus salah satu dari: ${listOf(CLOSED_STATUSES)}`,
    'input.operation': `harus salah satu dari: ${listOf(OPERATION_KINDS)}`,
    'input.notAccountId': 'bukan ID akun',
    'input.wholeNumber': 'harus berupa bilangan bulat',
    'input.atLeastOne': 'harus 1 atau lebih',
    'input.measureId': 'harus berupa ID tindakan seperti m-3f9a1c2b',
    'input.sayWhatToChange': 'sebutkan apa yang ingin diubah',
    'input.pageSize': `maksimal ${MAX_PAGE_SIZE}`,
    'input.date': 'harus berupa tanggal dengan format YYYY-MM-DD',
    'input.projectIds': 'harus berupa ID proyek (hanya angka)',
    'input.filterProjects': `paling banyak menyebutkan ${MAX_FILTER_PROJECTS} proyek`,
    'input.organizationId': 'harus berupa ID organisasi (hanya angka)',
    'input.serviceId': 'harus berupa ID layanan',
    'input.notServiceId': 'bukan ID layanan',
    'input.category': `harus salah satu dari: ${listOf(FEEDBACK_CATEGORIES)}`,
    'input.severity': `harus salah satu dari: ${listOf(COMPLAINT_SEVERITIES)}`,
    'input.status': `harus salah satu dari: ${listOf(REGISTER_STATUSES)}`,
    'input.measures': `harus salah satu dari: ${listOf(MEASURE_FILTERS)}`,
    'input.responseFilter': `harus salah satu dari: ${listOf(RESPONSE_FILTERS)}`,
    'input.toBeforeFrom': 'tidak boleh sebelum createdFrom',
    'input.sortKey': `harus salah satu dari: ${listOf(SORT_KEYS)}`,
    'input.direction': 'harus asc atau desc',
    'input.thresholdWhole': 'harus berupa jumlah hari yang bulat',
    'input.thresholdMin': `minimal ${THRESHOLD_MIN_DAYS} hari`,
    'input.thresholdMax': `maksimal ${THRESHOLD_MAX_DAYS} hari`,
    'input.timeZone': 'harus berupa nama zona waktu seperti Europe/Berlin atau UTC',
    'input.settingsProjects': `paling banyak menyebutkan ${MAX_SETTINGS_PROJECTS} proyek`,
    'input.contact': 'harus berupa ID akun, atau null jika tidak ada',
  },
});

/** Text for an HTML email body: the five characters HTML gives a meaning. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
