import { defineTexts } from '#kernel/texts';

/** What the access checks (access.ts) tell a caller they refuse, and why the job runner (jobs/) stopped a job. */
const en = {
  'access.adminOnly': 'Only Jira administrators can use the BRM admin page.',
  'access.issueMissing': 'issue {issueKey} does not exist or you cannot see it.',
  'access.cannotEditIssues': 'You do not have permission to edit issues in the project of {issueKey}.',
  'access.cannotCreateIssues': 'You do not have permission to create issues in the project of {issueKey}.',
  'access.agentsOnly': 'Only agents of the project of {issueKey} can do this.',
  'job.notQueued': 'The job could not be queued; nothing was done. Try again.',
  'job.unreadable': 'This version of the app cannot read what the job saved ({problem}). Start it again.',
  'job.unknownKind': 'This version of the app has no job of kind {kind}, so the job cannot go on. Start it again.',
  'job.unexpected': 'The job stopped on an unexpected error: {detail}',
} as const;

export const PLATFORM_TEXTS = defineTexts(en, {
  de: {
    'access.adminOnly': 'Nur Jira-Administratoren können die BRM-Administrationsseite verwenden.',
    'access.issueMissing': 'Vorgang {issueKey} existiert nicht oder ist für Sie nicht sichtbar.',
    'access.cannotEditIssues': 'Sie haben keine Berechtigung, Vorgänge im Projekt von {issueKey} zu bearbeiten.',
    'access.cannotCreateIssues': 'Sie haben keine Berechtigung, Vorgänge im Projekt von {issueKey} zu erstellen.',
    'access.agentsOnly': 'Nur Agents des Projekts von {issueKey} können dies tun.',
    'job.notQueued': 'Der Job konnte nicht in die Warteschlange gestellt werden; es wurde nichts getan. Versuchen Sie es erneut.',
    'job.unreadable': 'Diese Version der App kann nicht lesen, was der Job gespeichert hat ({problem}). Starten Sie ihn erneut.',
    'job.unknownKind': 'Diese Version der App kennt keinen Job der Art {kind}; der Job kann daher nicht fortgesetzt werden. Starten Sie ihn erneut.',
    'job.unexpected': 'Der Job wurde durch einen unerwarteten Fehler angehalten: {detail}',
  },
  es: {
    'access.adminOnly': 'Solo los administradores de Jira pueden usar la página de administración de BRM.',
    'access.issueMissing': 'la incidencia {issueKey} no existe o no puede verla.',
    'access.cannotEditIssues': 'No tiene permiso para editar incidencias en el proyecto de {issueKey}.',
    'access.cannotCreateIssues': 'No tiene permiso para crear incidencias en el proyecto de {issueKey}.',
    'access.agentsOnly': 'Solo los agentes del proyecto de {issueKey} pueden hacerlo.',
    'job.notQueued': 'No se ha podido poner la tarea en cola; no se ha hecho nada. Vuelva a intentarlo.',
    'job.unreadable': 'Esta versión de la aplicación no puede leer lo que guardó la tarea ({problem}). Vuelva a iniciarla.',
    'job.unknownKind': 'Esta versión de la aplicación no tiene ninguna tarea de tipo {kind}, así que la tarea no puede continuar. Vuelva a iniciarla.',
    'job.unexpected': 'La tarea se detuvo por un error inesperado: {detail}',
  },
  'zh-CN': {
    'access.adminOnly': '只有 Jira 管理员才能使用 BRM 管理页面。',
    'access.issueMissing': '事务 {issueKey} 不存在，或您无权查看。',
    'access.cannotEditIssues': '您没有在 {issueKey} 所在项目中编辑事务的权限。',
    'access.cannotCreateIssues': '您没有在 {issueKey} 所在项目中创建事务的权限。',
    'access.agentsOnly': '只有 {issueKey} 所在项目的客服人员才能执行此操作。',
    'job.notQueued': '无法将作业加入队列；未执行任何操作。请重试。',
    'job.unreadable': '此版本的应用无法读取该作业保存的内容（{problem}）。请重新启动该作业。',
    'job.unknownKind': '此版本的应用没有 {kind} 类型的作业，因此该作业无法继续。请重新启动该作业。',
    'job.unexpected': '作业因意外错误而停止：{detail}',
  },
  id: {
    'access.adminOnly': 'Hanya admin Jira yang dapat menggunakan halaman admin BRM.',
    'access.issueMissing': 'isu {issueKey} tidak ada atau Anda tidak dapat melihatnya.',
    'access.cannotEditIssues': 'Anda tidak memiliki izin untuk mengedit isu di proyek tempat {issueKey} berada.',
    'access.cannotCreateIssues': 'Anda tidak memiliki izin untuk membuat isu di proyek tempat {issueKey} berada.',
    'access.agentsOnly': 'Hanya agen proyek tempat {issueKey} berada yang dapat melakukan ini.',
    'job.notQueued': 'Tugas tidak dapat dimasukkan ke antrean; tidak ada yang dilakukan. Coba lagi.',
    'job.unreadable': 'Versi aplikasi ini tidak dapat membaca apa yang disimpan tugas ini ({problem}). Mulai lagi tugas tersebut.',
    'job.unknownKind': 'Versi aplikasi ini tidak memiliki tugas berjenis {kind}, sehingga tugas ini tidak dapat dilanjutkan. Mulai lagi tugas tersebut.',
    'job.unexpected': 'Tugas terhenti karena kesalahan yang tidak terduga: {detail}',
  },
});
