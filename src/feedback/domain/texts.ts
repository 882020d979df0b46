import { defineTexts } from '#kernel/texts';

/**
 * Feedback's sentences: what the feedback issue says (its summary's prefix and the line that says
 * where it came from, written in the site's language: the whole team reads the issue), why tagging
 * a ticket failed, and the messages of the contract's checks (found by their English when a payload
 * fails them). The summary's prefixes and the "Raised from" label end with what separates them from
 * what follows (a space, or a full-width colon in Chinese).
 */
const en = {
  'summary.complaint': 'Complaint: ',
  'summary.compliment': 'Compliment: ',
  'description.raisedFrom': 'Raised from ',
  'description.origin': '{issueKey} ({summary})',
  'tag.isFeedback': '{issueKey} is itself a {typeName}; tag the ticket the feedback is about instead.',
  'tag.noIssueType': 'project {projectKey} has no {typeName} issue type yet. Ask a Jira admin to provision it on the BRM admin page.',
  'tag.fieldsMissing': 'The Customer and Service fields of the app are missing from Jira. Ask a Jira admin to provision the project.',
  'tag.busy': '{issueKey} is being tagged by someone else right now; try again in a moment.',
  'tag.screenLacks.complaint':
    'the create screen of {typeName} in {projectKey} lacks {fields}, which the complaint needs. Ask a Jira admin to add {count, plural, one {it} other {them}} to the screen.',
  'tag.screenLacks.compliment':
    'the create screen of {typeName} in {projectKey} lacks {fields}, which the compliment needs. Ask a Jira admin to add {count, plural, one {it} other {them}} to the screen.',
  'screenField.summary': 'Summary',
  'screenField.description': 'Description',
  'screenField.labels': 'Labels',
  'tag.failed': 'The ticket could not be tagged ({why}). Nothing was changed; try again.',
  'tag.failedIssueLeft':
    'The ticket could not be tagged ({why}), and the issue {createdKey} created for it could not be removed (trying again uses it). Then try again.',
  'tag.failedFieldsLeft':
    'The ticket could not be tagged ({why}), and its Customer and Service could not be cleared again: check them on {issueKey}. Then try again.',
  'tag.failedBothLeft':
    'The ticket could not be tagged ({why}), and the issue {createdKey} created for it could not be removed (trying again uses it); its Customer and Service could not be cleared again: check them on {issueKey}. Then try again.',
  'tag.earlierLeft': 'An earlier attempt left the {typeName} {issueKey}, which could not be removed ({why}). Delete {issueKey}, then try again.',
  'tag.jiraAnswered': 'Jira answered {status}: {reason}',
  'input.kind': 'must be complaint or compliment',
  'input.category': 'must be one of service-quality, response-time, staff-conduct, communication, cost, other',
  'input.severity': 'must be one of low, medium, high, critical',
  'input.severityRequired': 'is required for a complaint',
  'input.severityComplaintsOnly': 'applies to complaints only',
} as const;

export type FeedbackTextKey = keyof typeof en;

export const FEEDBACK_TEXTS = defineTexts(en, {
  de: {
    'summary.complaint': 'Beschwerde: ',
    'summary.compliment': 'Lob: ',
    'description.raisedFrom': 'Ursprung: ',
    'description.origin': '{issueKey} ({summary})',
    'tag.isFeedback': '{issueKey} ist selbst ein Vorgang vom Typ {typeName}; markieren Sie stattdessen das Ticket, um das es im Feedback geht.',
    'tag.noIssueType':
      'Projekt {projectKey} hat noch keinen Vorgangstyp {typeName}. Bitten Sie einen Jira-Administrator, ihn auf der BRM-Administrationsseite einzurichten.',
    'tag.fieldsMissing': 'Die Felder Kunde und Service der App fehlen in Jira. Bitten Sie einen Jira-Administrator, das Projekt einzurichten.',
    'tag.busy': '{issueKey} wird gerade von einer anderen Person markiert; versuchen Sie es gleich noch einmal.',
    'tag.screenLacks.complaint':
      'der Erstellungsmaske von {typeName} in {projectKey} {count, plural, one {fehlt das Feld {fields}, das} other {fehlen die Felder {fields}, die}} eine Beschwerde benötigt. Bitten Sie einen Jira-Administrator, {count, plural, one {es} other {sie}} der Maske hinzuzufügen.',
    'tag.screenLacks.compliment':
      'der Erstellungsmaske von {typeName} in {projectKey} {count, plural, one {fehlt das Feld {fields}, das} other {fehlen die Felder {fields}, die}} ein Lob benötigt. Bitten Sie einen Jira-Administrator, {count, plural, one {es} other {sie}} der Maske hinzuzufügen.',
    'screenField.summary': 'Zusammenfassung',
    'screenField.description': 'Beschreibung',
    'screenField.labels': 'Stichwörter',
    'tag.failed': 'Das Ticket konnte nicht markiert werden ({why}). Es wurde nichts geändert; versuchen Sie es erneut.',
    'tag.failedIssueLeft':
      'Das Ticket konnte nicht markiert werden ({why}), und der dafür erstellte Vorgang {createdKey} konnte nicht entfernt werden (ein erneuter Versuch verwendet ihn). Versuchen Sie es dann erneut.',
    'tag.failedFieldsLeft':
      'Das Ticket konnte nicht markiert werden ({why}), und seine Felder Kunde und Service konnten nicht wieder geleert werden: Prüfen Sie sie in {issueKey}. Versuchen Sie es dann erneut.',
    'tag.failedBothLeft':
      'Das Ticket konnte nicht markiert werden ({why}), und der dafür erstellte Vorgang {createdKey} konnte nicht entfernt werden (ein erneuter Versuch verwendet ihn); seine Felder Kunde und Service konnten nicht wieder geleert werden: Prüfen Sie sie in {issueKey}. Versuchen Sie es dann erneut.',
    'tag.earlierLeft':
      'Ein früherer Versuch hat den Vorgang {issueKey} vom Typ {typeName} hinterlassen, der nicht entfernt werden konnte ({why}). Löschen Sie {issueKey} und versuchen Sie es dann erneut.',
    'tag.jiraAnswered': 'Jira hat mit {status} geantwortet: {reason}',
    'input.kind': 'muss complaint oder compliment sein',
    'input.category': 'muss einer der folgenden Werte sein: service-quality, response-time, staff-conduct, communication, cost, other',
    'input.severity': 'muss einer der folgenden Werte sein: low, medium, high, critical',
    'input.severityRequired': 'ist für eine Beschwerde erforderlich',
    'input.severityComplaintsOnly': 'gilt nur für Beschwerden',
  },
  es: {
    'summary.complaint': 'Queja: ',
    'summary.compliment': 'Elogio: ',
    'description.raisedFrom': 'Origen: ',
    'description.origin': '{issueKey} ({summary})',
    'tag.isFeedback': '{issueKey} es en sí misma una incidencia de tipo {typeName}; marque en su lugar el ticket al que se refiere la opinión.',
    'tag.noIssueType':
      'el proyecto {projectKey} aún no tiene el tipo de incidencia {typeName}. Pida a un administrador de Jira que lo configure en la página de administración de BRM.',
    'tag.fieldsMissing': 'Faltan en Jira los campos Cliente y Servicio de la aplicación. Pida a un administrador de Jira que configure el proyecto.',
    'tag.busy': 'otra persona está marcando {issueKey} en este momento; vuelva a intentarlo en unos instantes.',
    'tag.screenLacks.complaint':
      'a la pantalla de creación de {typeName} en {projectKey} le {count, plural, one {falta el campo {fields}} other {faltan los campos {fields}}}, que una queja necesita. Pida a un administrador de Jira que {count, plural, one {lo añada} other {los añada}} a la pantalla.',
    'tag.screenLacks.compliment':
      'a la pantalla de creación de {typeName} en {projectKey} le {count, plural, one {falta el campo {fields}} other {faltan los campos {fields}}}, que un elogio necesita. Pida a un administrador de Jira que {count, plural, one {lo añada} other {los añada}} a la pantalla.',
    'screenField.summary': 'Resumen',
    'screenField.description': 'Descripción',
    'screenField.labels': 'Etiquetas',
    'tag.failed': 'No se ha podido marcar el ticket ({why}). No se ha cambiado nada; vuelva a intentarlo.',
    'tag.failedIssueLeft':
      'No se ha podido marcar el ticket ({why}) y no se ha podido eliminar la incidencia {createdKey} creada para ello (se reutilizará al volver a intentarlo). Después, vuelva a intentarlo.',
    'tag.failedFieldsLeft':
      'No se ha podido marcar el ticket ({why}) y no se han podido vaciar de nuevo sus campos Cliente y Servicio: compruébelos en {issueKey}. Después, vuelva a intentarlo.',
    'tag.failedBothLeft':
      'No se ha podido marcar el ticket ({why}), no se ha podido eliminar la incidencia {createdKey} creada para ello (se reutilizará al volver a intentarlo) y no se han podido vaciar de nuevo sus campos Cliente y Servicio: compruébelos en {issueKey}. Después, vuelva a intentarlo.',
    'tag.earlierLeft':
      'Un intento anterior dejó la incidencia {issueKey} de tipo {typeName}, que no se ha podido eliminar ({why}). Elimine {issueKey} y vuelva a intentarlo.',
    'tag.jiraAnswered': 'Jira ha respondido {status}: {reason}',
    'input.kind': 'debe ser complaint o compliment',
    'input.category': 'debe ser uno de estos valores: service-quality, response-time, staff-conduct, communication, cost, other',
    'input.severity': 'debe ser uno de estos valores: low, medium, high, critical',
    'input.severityRequired': 'es obligatorio para una queja',
    'input.severityComplaintsOnly': 'solo se aplica a las quejas',
  },
  'zh-CN': {
    'summary.complaint': '投诉：',
    'summary.compliment': '表扬：',
    'description.raisedFrom': '来源：',
    'description.origin': '{issueKey}（{summary}）',
    'tag.isFeedback': '{issueKey} 本身就是 {typeName} 事务；请改为标记该反馈所涉及的工单。',
    'tag.noIssueType': '项目 {projectKey} 尚无 {typeName} 事务类型。请让 Jira 管理员在 BRM 管理页面上配置它。',
    'tag.fieldsMissing': 'Jira 中缺少应用的“客户”和“服务”字段。请让 Jira 管理员配置该项目。',
    'tag.busy': '其他人正在标记 {issueKey}；请稍后重试。',
    'tag.screenLacks.complaint':
      '{projectKey} 中 {typeName} 的创建界面缺少投诉所需的字段：{fields}。请让 Jira 管理员将{count, plural, other {这 # 个字段}}添加到该界面。',
    'tag.screenLacks.compliment':
      '{projectKey} 中 {typeName} 的创建界面缺少表扬所需的字段：{fields}。请让 Jira 管理员将{count, plural, other {这 # 个字段}}添加到该界面。',
    'screenField.summary': '概要',
    'screenField.description': '描述',
    'screenField.labels': '标签',
    'tag.failed': '无法标记该工单（{why}）。未做任何更改；请重试。',
    'tag.failedIssueLeft': '无法标记该工单（{why}），并且为其创建的事务 {createdKey} 无法删除（重试时会使用它）。请随后重试。',
    'tag.failedFieldsLeft': '无法标记该工单（{why}），并且无法再次清空其“客户”和“服务”字段：请在 {issueKey} 上检查。请随后重试。',
    'tag.failedBothLeft':
      '无法标记该工单（{why}），为其创建的事务 {createdKey} 无法删除（重试时会使用它），并且无法再次清空其“客户”和“服务”字段：请在 {issueKey} 上检查。请随后重试。',
    'tag.earlierLeft': '之前的尝试遗留了 {typeName} 事务 {issueKey}，且无法删除（{why}）。请删除 {issueKey}，然后重试。',
    'tag.jiraAnswered': 'Jira 返回了 {status}：{reason}',
    'input.kind': '必须是 complaint 或 compliment',
    'input.category': '必须是以下值之一：service-quality、response-time、staff-conduct、communication、cost、other',
    'input.severity': '必须是以下值之一：low、medium、high、critical',
    'input.severityRequired': '投诉时为必填项',
    'input.severityComplaintsOnly': '仅适用于投诉',
  },
  id: {
    'summary.complaint': 'Keluhan: ',
    'summary.compliment': 'Pujian: ',
    'description.raisedFrom': 'Asal: ',
    'description.origin': '{issueKey} ({summary})',
    'tag.isFeedback': '{issueKey} sendiri merupakan isu {typeName}; tandai tiket yang menjadi pokok umpan balik tersebut.',
    'tag.noIssueType': 'proyek {projectKey} belum memiliki jenis isu {typeName}. Minta admin Jira untuk menyiapkannya di halaman admin BRM.',
    'tag.fieldsMissing': 'Bidang Pelanggan dan Layanan milik aplikasi tidak ada di Jira. Minta admin Jira untuk menyiapkan proyek ini.',
    'tag.busy': '{issueKey} sedang ditandai oleh orang lain; coba lagi sebentar lagi.',
    'tag.screenLacks.complaint':
      'layar pembuatan {typeName} di {projectKey} tidak memiliki {fields}, yang diperlukan untuk keluhan. Minta admin Jira untuk menambahkan {count, plural, other {bidang tersebut}} ke layar.',
    'tag.screenLacks.compliment':
      'layar pembuatan {typeName} di {projectKey} tidak memiliki {fields}, yang diperlukan untuk pujian. Minta admin Jira untuk menambahkan {count, plural, other {bidang tersebut}} ke layar.',
    'screenField.summary': 'Ringkasan',
    'screenField.description': 'Deskripsi',
    'screenField.labels': 'Label',
    'tag.failed': 'Tiket tidak dapat ditandai ({why}). Tidak ada yang diubah; coba lagi.',
    'tag.failedIssueLeft':
      'Tiket tidak dapat ditandai ({why}), dan isu {createdKey} yang dibuat untuknya tidak dapat dihapus (percobaan berikutnya akan memakainya). Setelah itu, coba lagi.',
    'tag.failedFieldsLeft':
      'Tiket tidak dapat ditandai ({why}), dan bidang Pelanggan dan Layanan tiket tersebut tidak dapat dikosongkan kembali: periksa di {issueKey}. Setelah itu, coba lagi.',
    'tag.failedBothLeft':
      'Tiket tidak dapat ditandai ({why}), isu {createdKey} yang dibuat untuknya tidak dapat dihapus (percobaan berikutnya akan memakainya), dan bidang Pelanggan dan Layanan tiket tersebut tidak dapat dikosongkan kembali: periksa di {issueKey}. Setelah itu, coba lagi.',
    'tag.earlierLeft': 'Percobaan sebelumnya meninggalkan isu {typeName} {issueKey}, yang tidak dapat dihapus ({why}). Hapus {issueKey}, lalu coba lagi.',
    'tag.jiraAnswered': 'Jira menjawab {status}: {reason}',
    'input.kind': 'harus berupa complaint atau compliment',
    'input.category': 'harus salah satu dari: service-quality, response-time, staff-conduct, communication, cost, other',
    'input.severity': 'harus salah satu dari: low, medium, high, critical',
    'input.severityRequired': 'wajib diisi untuk keluhan',
    'input.severityComplaintsOnly': 'hanya berlaku untuk keluhan',
  },
});
