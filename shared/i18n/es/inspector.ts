import type { inspector as english } from '../en/inspector';

export const inspector: typeof english = {
  title: 'Inspector de mensajes',
  intro:
    'Cada evento, en orden: quién esperaba, quién se conectó desde dónde y qué viajó en cada sentido.',
  columns: { direction: 'Sentido' },
  content: {
    dnsQuery: 'consulta {type} {name}',
    dnsAnswer: 'respuesta {type} {name} {data}',
    dnsNoAnswer: 'respuesta {type} {name}: {rcode}, sin registros',
  },
  direction: {
    in: 'Recibido: los bytes llegaron del otro lado',
    out: 'Enviado: los bytes fueron al otro lado',
  },
  search: {
    label: 'Buscar',
    placeholder: 'Texto, dirección o bytes hex (0d 0a)',
  },
  filters: {
    protocol: 'Protocolo',
    direction: 'Sentido',
    all: 'Todos',
    in: 'Recibidos',
    out: 'Enviados',
    kinds: 'Eventos',
    kindsPlaceholder: 'Todos los tipos de evento',
    reset: 'Mostrar todo',
  },
  focus: {
    showing: 'Solo',
    server: 'servidor {protocol} en el puerto {port}',
    client: 'cliente {protocol} hacia {remote}',
    connection: '{protocol} {local} ↔ {remote}',
    unknown: '{id}',
    remove: 'Quitar este filtro',
  },
  tail: {
    shown: '{shown} de {total} evento | {shown} de {total} eventos',
    pause: 'Pausar',
    resume: 'Reanudar',
    pausedNote: 'En pausa: la vista se queda quieta mientras Puerto sigue capturando.',
    newEvents: '{count} evento nuevo | {count} eventos nuevos',
  },
  noMatch: 'Ningún evento cumple estos filtros.',
  row: {
    truncated: 'recortado',
    truncatedTitle: 'Se guardaron {captured} de {bytes} bytes',
  },
  limits: {
    engine: 'Puerto guarda los primeros {cap} bytes de cada mensaje, {budget} MB en total.',
    window: 'Esta ventana guarda hasta {budget} MB de eventos ({held} MB ahora).',
    letGo:
      'Se descartó el evento más antiguo para no pasar de {budget} MB. | Se descartaron los {count} eventos más antiguos para no pasar de {budget} MB.',
    notReceived:
      '{count} evento no recibido (la ventana se quedó atrás). | {count} eventos no recibidos (la ventana se quedó atrás).',
    reasons: {
      letGoByEngine:
        'Puerto ya lo había descartado para no pasar de su propio límite de memoria. | Puerto ya había descartado {count} de ellos para no pasar de su propio límite de memoria.',
      fetchFailed:
        'Falló volver a pedírselo a Puerto. | Falló volver a pedirle a Puerto {count} de ellos.',
    },
    fetching:
      'Recuperando el evento que la ventana se perdió… | Recuperando {count} eventos que la ventana se perdió…',
    filtering: 'Filtrando: {percent} % de los eventos revisados hasta ahora…',
  },
  detail: {
    answerHere: 'Responder en esta conversación',
    answerBlocked: {
      current: 'El compositor ya envía por esta conversación.',
      closed: 'Esta conversación está cerrada: ya no se puede enviar nada por ella.',
      localEnded: 'Cerraste a medias esta conversación (FIN): este lado ya no puede enviar.',
      recorded:
        'Este evento viene de una grabación importada: no hay nada en vivo por donde responder.',
      unknown:
        'Esta conversación nunca llegó a abrirse o ya no aparece: no hay por dónde responder.',
    },
    title: 'Evento seleccionado',
    none: 'Pulsa una fila para ver sus bytes: como texto, como volcado hexadecimal y cuántos eran.',
    sequence: 'Evento {seq}',
    text: 'Texto',
    hex: 'Volcado hexadecimal',
    hexColumn: 'Hex',
    notText: 'Estos bytes no son texto: el volcado hexadecimal los muestra tal cual.',
    offset: 'Posición',
    ascii: 'ASCII',
    wireBytes: 'En la red: {count} byte | En la red: {count} bytes',
    capturedBytes: 'Capturado: {count} byte | Capturados: {count} bytes',
    truncated:
      'Se guardaron {captured} de {bytes} bytes: Puerto guarda solo los primeros bytes de cada mensaje, pero cuenta todos los bytes.',
    empty: 'Este mensaje no llevaba bytes.',
    noPayload:
      'Este evento no lleva bytes: marca un momento en la vida de un servidor o de una conexión.',
    visibleControls:
      'Los bytes de control se escriben como los escapes del compositor: \\r retorno de carro, \\n salto de línea, \\t tabulador, \\xHH cualquier otro byte.',
    onlyConversation: 'Solo esta conversación',
    onlyServer: 'Solo este servidor',
    onlyClient: 'Solo este cliente',
  },
  counters: {
    title: 'Contadores',
    scope: {
      view: 'Eventos mostrados',
      server: 'Este servidor',
      client: 'Este cliente',
      connection: 'Esta conversación',
    },
    messagesIn: 'Mensajes recibidos',
    messagesOut: 'Mensajes enviados',
    bytesIn: 'Bytes recibidos',
    bytesOut: 'Bytes enviados',
    connections: 'Conexiones',
    connectionsValue: '{active} abiertas, {total} en total',
    conversations: 'Conversaciones',
    fromCapture: 'Contado a partir de los eventos capturados.',
    fromEngine: 'Contado por el motor: cada byte desde que arrancó.',
  },
};
