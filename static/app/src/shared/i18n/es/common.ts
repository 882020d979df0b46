import type { en } from '../en';
import type { Translation } from '../index';

const table = {
  'issue.feedback.kind.complaint': 'Queja',
  'issue.feedback.kind.compliment': 'Elogio',
  'issue.feedback.kindLower.complaint': 'queja',
  'issue.feedback.kindLower.compliment': 'elogio',
  'issue.feedback.hidden': 'No visible para usted',
  'issue.feedback.taggedOn': 'Marcado el {date}',

  'issue.customer.placeholder': 'Elija un cliente',
  'issue.customer.noOptions': 'Ningún cliente de este proyecto tiene ese nombre',
  'issue.customer.loadFailed': 'No se han podido cargar los clientes: {message}',
  'issue.service.placeholder': 'Elija un servicio',
  'issue.service.noOptions': 'Ningún servicio activo tiene ese nombre',
  'issue.service.loadFailed': 'No se han podido cargar los servicios: {message}',
  'issue.service.archived': '{name} (archivado)',

  'issue.context.none': 'No está marcado como opinión del cliente.',
  'issue.context.hint': 'Para marcarlo, elija «Opinión del cliente…» en el menú •••.',

  'issue.panel.customer': 'Cliente',
  'issue.panel.service': 'Servicio',
  'issue.panel.feedback': 'Opinión del cliente',
  'issue.panel.notSet': 'Ninguno',
  'issue.panel.edit': 'Editar',
  'issue.panel.editLabel': 'Editar {field}',
  'issue.panel.save': 'Guardar',
  'issue.panel.cancel': 'Cancelar',
  'issue.panel.check.changed.customer': 'La aplicación cambió el cliente el {date}: {reason}',
  'issue.panel.check.cleared.customer': 'La aplicación borró el cliente el {date}: {reason}',
  'issue.panel.check.changed.service': 'La aplicación cambió el servicio el {date}: {reason}',
  'issue.panel.check.cleared.service': 'La aplicación borró el servicio el {date}: {reason}',
  'issue.panel.notTagged': 'Sin marcar. Para registrar una queja o un elogio, elija «Opinión del cliente…» en el menú •••.',

  'issue.field.label.brm-customer': 'Cliente',
  'issue.field.label.brm-service': 'Servicio',
  'issue.field.noIssue': 'Elija esto una vez creada la incidencia: las opciones dependen de su proyecto.',
  'issue.field.save': 'Guardar',
  'issue.field.cancel': 'Cancelar',
  'issue.field.notAppField': 'Este campo no es ninguno de los campos Cliente o Servicio de la aplicación.',

  'common.loading': 'Cargando…',
  'common.retry': 'Volver a intentarlo',
  'common.close': 'Cerrar',
  'common.none': 'Ninguno',
  'common.error.title': 'Se ha producido un error',
  'common.error.FORBIDDEN': 'No tiene permiso para realizar esta acción',
  'common.error.INVALID_INPUT': 'Parte de la información no es válida',
  'common.error.NOT_FOUND': 'No se ha encontrado lo que ha solicitado',
  'common.error.CONFLICT': 'Otra persona ha modificado esto al mismo tiempo',
  'common.error.UPSTREAM': 'Jira no ha respondido como se esperaba',
  'common.error.INTERNAL': 'Se ha producido un error',
  'common.error.unreachable': 'No se ha podido conectar con la aplicación. Compruebe su conexión y vuelva a intentarlo.',
  'common.error.badAnswer':
    'La aplicación ha respondido de una forma que esta página no entiende. Vuelva a cargar la página; si el problema persiste, avise a su administrador de Jira.',
  'common.noIssue': 'Abra esto desde una incidencia de Jira para ver sus detalles.',
  'common.unknownModule': 'Esta parte de la aplicación no está disponible aquí.',
  'common.error.loadFailed': 'No se ha podido cargar esta parte de la aplicación. Vuelva a cargar la página para intentarlo de nuevo.',
} satisfies Translation<typeof en>;
export default table;
