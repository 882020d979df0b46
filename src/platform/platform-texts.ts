import { defineTexts } from '#kernel/texts';

/** What the access checks (access.ts) tell a caller they refuse. */
const en = {
  'access.adminOnly': 'Only Jira administrators can use the BRM admin page.',
  'access.issueMissing': 'issue {issueKey} does not exist or you cannot see it.',
  'access.cannotEditIssues': 'You do not have permission to edit issues in the project of {issueKey}.',
  'access.cannotCreateIssues': 'You do not have permission to create issues in the project of {issueKey}.',
  'access.agentsOnly': 'Only agents of the project of {issueKey} can do this.',
} as const;

export const PLATFORM_TEXTS = defineTexts(en, {
  de: {
    'access.adminOnly': 'Nur Jira-Administratoren können die BRM-Administrationsseite verwenden.',
    'access.issueMissing': 'Vorgang {issueKey} existiert nicht oder ist für Sie nicht sichtbar.',
    'access.cannotEditIssues': 'Sie haben keine Berechtigung, Vorgänge im Projekt von {issueKey} zu bearbeiten.',
    'access.cannotCreateIssues': 'Sie haben keine Berechtigung, Vorgänge im Projekt von {issueKey} zu erstellen.',
    'access.agentsOnly': 'Nur Agents des Projekts von {issueKey} können dies tun.',
  },
  es: {
    'access.adminOnly': 'Solo los administradores de Jira pueden usar la página de administración de BRM.',
    'access.issueMissing': 'la incidencia {issueKey} no existe o no puede verla.',
    'access.cannotEditIssues': 'No tiene permiso para editar incidencias en el proyecto de {issueKey}.',
    'access.cannotCreateIssues': 'No tiene permiso para crear incidencias en el proyecto de {issueKey}.',
    'access.agentsOnly': 'Solo los agentes del proyecto de {issueKey} pueden hacerlo.',
  },
  'zh-CN': {
    'access.adminOnly': '只有 Jira 管理员才能使用 BRM 管理页面。',
    'access.issueMissing': '事务 {issueKey} 不存在，或您无权查看。',
    'access.cannotEditIssues': '您没有在 {issueKey} 所在项目中编辑事务的权限。',
    'access.cannotCreateIssues': '您没有在 {issueKey} 所在项目中创建事务的权限。',
    'access.agentsOnly': '只有 {issueKey} 所在项目的客服人员才能执行此操作。',
  },
  id: {
    'access.adminOnly': 'Hanya admin Jira yang dapat menggunakan halaman admin BRM.',
    'access.issueMissing': 'isu {issueKey} tidak ada atau Anda tidak dapat melihatnya.',
    'access.cannotEditIssues': 'Anda tidak memiliki izin untuk mengedit isu di proyek tempat {issueKey} berada.',
    'access.cannotCreateIssues': 'Anda tidak memiliki izin untuk membuat isu di proyek tempat {issueKey} berada.',
    'access.agentsOnly': 'Hanya agen proyek tempat {issueKey} berada yang dapat melakukan ini.',
  },
});
