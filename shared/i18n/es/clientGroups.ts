import type { clientGroups as english } from '../en/clientGroups';

export const clientGroups: typeof english = {
  title: 'Varios servidores',
  intro:
    'Un cliente puede hablar con varios servidores. Pon de dos a ocho servidores en un grupo, envía un mensaje y compara sus respuestas: cada servidor espera pasivamente en su propio puerto bien conocido, y para cada uno tu máquina da al cliente un puerto efímero nuevo.',
  members: {
    title: 'Servidores del grupo',
    count: '{count} de {max}',
    empty:
      'Aún no hay servidores: añade al menos dos, a mano, desde tus destinos recientes o desde los servidores que funcionan en esta máquina.',
    host: 'Máquina del servidor (host)',
    port: 'Puerto del servidor',
    add: 'Añadir',
    remove: 'Quitar',
    recent: 'Destinos recientes',
    recentHelp: 'Máquinas y puertos a los que te conectaste antes: un clic los añade al grupo.',
    local: 'En esta máquina',
    localHelp:
      'Servidores que funcionan en esta máquina, alcanzados por loopback (127.0.0.1 o ::1): un laboratorio sin compañero.',
    status: {
      idle: 'sin abrir',
      opening: 'abriendo…',
      failed: 'no se pudo abrir',
    },
    yourPort: 'tu puerto {port}',
  },
  mode: {
    label: 'Enviar cada mensaje',
    modes: {
      roundRobin: 'Por turnos',
      simultaneous: 'A la vez',
    },
    help: {
      roundRobin:
        'Round-robin: cada mensaje va al siguiente servidor por turno, saltando los que no están abiertos. Es la forma habitual de repartir la carga entre varios servidores.',
      simultaneous:
        'Cada mensaje va a todos los servidores abiertos a la vez, para comparar sus respuestas a la misma petición.',
    },
  },
  actions: {
    open: 'Abrir los clientes',
    openHelp:
      'Abre un cliente por cada servidor que no tenga uno abierto: cada uno es una conversación aparte con su propio puerto efímero.',
    close: 'Cerrar todos',
    send: 'Enviar al grupo',
    clear: 'Borrar respuestas',
  },
  problems: {
    full: 'Un grupo admite como mucho {max} servidores: quita uno antes.',
    duplicate:
      'Este servidor ya está en el grupo. El mismo puerto con el otro protocolo es otro servidor: los puertos TCP y UDP son independientes.',
    tooFew: 'Un grupo necesita al menos {min} servidores: añade otro.',
    noneOpen:
      'Ningún servidor del grupo tiene un cliente abierto: pulsa «Abrir los clientes». Los cerrados o fallidos se saltan hasta que se abran de nuevo.',
    emptyTcp:
      'Aún no hay nada que enviar: TCP no envía ningún byte para un mensaje vacío. Escribe algo, o usa solo servidores UDP.',
  },
  answers: {
    title: 'Respuestas lado a lado',
    round: 'Ronda',
    empty:
      'Envía un mensaje para ver aquí la respuesta de cada servidor: una fila por ronda, una columna por servidor.',
    notSent: '—',
    notSentHelp: 'Esta ronda fue a otro servidor (por turnos, un servidor por ronda).',
    waiting: 'esperando…',
    waitingHelp:
      'Enviado; aún no ha vuelto nada. Algunos servidores solo responden a una línea completa: revisa el fin de línea.',
    onConnect: 'Al conectar',
    onConnectHelp:
      'Lo que cada servidor envió antes de que tu cliente enviara nada: algunos servidores hablan primero. Daytime sobre TCP responde nada más conectar y después cierra.',
    silentHelp: 'Este servidor no dijo nada antes de tu primer mensaje: espera una petición.',
    bytes: '{count} byte | {count} bytes',
    timing: 'primer byte a los {ms} ms',
    timingConnect: '{ms} ms después de conectar',
    closedBy: {
      remote: 'el servidor cerró la conexión',
      local: 'cerraste la conexión',
      reset: 'la conexión se reinició (reset)',
    },
    halfClosedBy: {
      remote: 'el servidor cerró su lado (FIN): no enviará nada más',
      local: 'cerraste tu lado (FIN)',
    },
    kept: 'Solo se guardan las últimas {limit} rondas.',
    importShown:
      'Se muestra una captura importada: las respuestas vuelven a aparecer al volver a los eventos en vivo.',
  },
};
