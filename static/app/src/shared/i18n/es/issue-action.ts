import type { enIssueAction } from '../en-issue-action';
import type { Translation } from '../index';

const table = {
  'issue.action.heading': 'Marcar {issueKey} como opinión del cliente',
  'issue.action.intro': 'Se creará una incidencia de tipo Queja o Elogio vinculada a este ticket, y el ticket quedará marcado con ella.',
  'issue.action.kind': 'Tipo de opinión',
  'issue.action.customer': 'Cliente',
  'issue.action.customer.helper': 'La organización de la que procede la opinión.',
  'issue.action.service': 'Servicio',
  'issue.action.service.helper': 'Opcional: el servicio al que se refiere la opinión.',
  'issue.action.category': 'Categoría',
  'issue.action.category.placeholder': 'Elija una categoría',
  'issue.action.category.service-quality': 'Calidad del servicio',
  'issue.action.category.response-time': 'Tiempo de respuesta',
  'issue.action.category.staff-conduct': 'Conducta del personal',
  'issue.action.category.communication': 'Comunicación',
  'issue.action.category.cost': 'Coste',
  'issue.action.category.other': 'Otra',
  'issue.action.severity': 'Gravedad',
  'issue.action.severity.placeholder': '¿Qué gravedad tiene?',
  'issue.action.severity.low': 'Baja',
  'issue.action.severity.medium': 'Media',
  'issue.action.severity.high': 'Alta',
  'issue.action.severity.critical': 'Crítica',
  'issue.action.statement': 'Declaración',
  'issue.action.statement.helper': 'Con las palabras del cliente, si es posible: qué ocurrió y qué espera.',
  'issue.action.statement.counter': '{count} de {max} caracteres',
  'issue.action.problem.customer': 'Elija el cliente del que procede la opinión.',
  'issue.action.problem.severity': 'Indique la gravedad de la queja.',
  'issue.action.problem.statement': 'Escriba una declaración breve.',
  'issue.action.problem.statementLong': 'Acorte la declaración a {max} caracteres como máximo.',
  'issue.action.submit.complaint': 'Marcar como queja',
  'issue.action.submit.compliment': 'Marcar como elogio',
  'issue.action.cancel': 'Cancelar',
  'issue.action.done': 'Listo',
  'issue.action.created.title': 'Se ha creado la incidencia {key} ({kind})',
  'issue.action.created.body': 'Está vinculada a {issueKey}, y el ticket ya la muestra en «Opinión del cliente».',
  'issue.action.existing.title': '{issueKey} ya está marcado',
  'issue.action.existing.body':
    'Un ticket solo se marca una vez, así que no se ha creado nada nuevo. Esta es la incidencia de tipo {kind} asociada; añada la información allí.',
  'issue.action.unavailable.title': 'Aún no puede marcar este ticket',
  'issue.action.unavailable.notProvisioned':
    'Los tipos de incidencia Queja y Elogio no están configurados en {projectKey}. Pida a un administrador de Jira que configure BRM para este proyecto en la página de administración de la aplicación (Aplicaciones › BRM for Jira Service Management).',
  'issue.action.unavailable.noPermission':
    'Al marcar se crea una incidencia de tipo Queja o Elogio en {projectKey}, y usted no tiene permiso para crear incidencias allí. Solicite el permiso «Crear incidencias» a un administrador del proyecto.',
} satisfies Translation<typeof enIssueAction>;
export default table;
