import type { ui as english } from '../en/ui';

/** Textos de los controles de la interfaz (sin `@`, `$` ni `|`: vue-i18n los interpreta). */
export const ui: typeof english = {
  app: {
    title: 'Puerto',
    tagline: 'Laboratorio cliente–servidor con sockets TCP y UDP reales',
  },
  transport: {
    status: {
      connecting: 'Conectando con el motor…',
      open: 'Motor conectado',
      reconnecting: 'Motor desconectado: reconectando…',
      full: 'Demasiadas pestañas de Puerto: esperando un hueco…',
      closed: 'Motor desconectado',
    },
    lost: 'Se perdió el enlace entre esta ventana y el motor de Puerto antes de que respondiera.',
    tooManyTabs:
      'Este Puerto ya tiene abiertas todas las pestañas que admite. Cierra una pestaña de Puerto que ya no uses: esta se conectará sola en cuanto quede un hueco.',
    engineStopped:
      'Puerto se ha detenido: los servidores de abajo no están en marcha. Se reconectará cuando vuelva a arrancar…',
  },
  settings: {
    language: 'Idioma',
    languages: { en: 'English', es: 'Español' },
    theme: 'Tema',
    themes: { dark: 'Oscuro', light: 'Claro', system: 'Sistema' },
  },
  protocol: { label: 'Protocolo', tcp: 'TCP', udp: 'UDP' },
  servers: {
    title: 'Servidores',
    intro: 'Un servidor arranca primero y espera pasivamente en un puerto a que lo contacten.',
    port: 'Puerto',
    portPlaceholder: '7007',
    behaviour: 'Comportamiento',
    serviceOption: '{name} ({rfc}) · puerto {port}, laboratorio {lab}',
    servicePlaceholder: 'O un servicio clásico de Internet…',
    serviceHint:
      'Su puerto bien conocido es el {port}; los puertos por debajo de 1024 necesitan permisos de administrador en Linux y macOS, así que en el laboratorio usa el {lab}.',
    behaviours: {
      manual: 'Manual',
      echo: 'Eco',
      reply: 'Responder con texto',
    },
    behaviourHelp: {
      manual: 'El servidor espera; tú respondes a mano desde «Enviar un mensaje».',
      echo: 'El servidor devuelve cada byte que recibe.',
      reply: 'El servidor responde a cada mensaje o línea con el texto de abajo.',
    },
    replyText: 'Respuesta',
    replyPlaceholder: 'Hola desde el servidor',
    trigger: 'Responder a',
    triggers: { message: 'cada mensaje', line: 'cada línea' },
    start: 'Arrancar servidor',
    stop: 'Detener',
    empty:
      'Aún no hay servidores: un servidor arranca primero y espera en un puerto a que los clientes lo contacten.',
    status: {
      starting: 'arrancando',
      listening: 'escuchando',
      stopped: 'detenido',
      failed: 'falló',
    },
    summary: 'Puerto {protocol} {port} en {address}',
    summaryAnyPort: '{protocol}, cualquier puerto libre, en {address}',
    currentConversation: 'Conversación actual: con {remote}',
    currentConversationHelp:
      'El compositor envía por esta conexión, desde el lado de este servidor.',
    allAddresses: 'todas las direcciones',
    connections: 'conexiones abiertas: {active}, en total: {total}',
    refused: {
      connections:
        'ninguna conexión rechazada | {n} conexión rechazada: límite de {limit} alcanzado | {n} conexiones rechazadas: límite de {limit} alcanzado',
      reported:
        'ningún otro límite actuó | otro límite actuó una vez (mira el inspector) | otros límites actuaron {n} veces (mira el inspector)',
    },
    kernelDrops:
      'el núcleo no descartó ningún datagrama | el núcleo descartó {n} datagrama: nadie lo leyó a tiempo | el núcleo descartó {n} datagramas: nadie los leyó a tiempo',
    resetBeforeAccepted:
      'ninguna conexión reiniciada antes de que el servidor la viera | {n} conexión reiniciada por su cliente antes de que el servidor la viera | {n} conexiones reiniciadas por sus clientes antes de que el servidor las viera',
    kernelDropsHelp:
      'Los datagramas esperan en el búfer de recepción de este socket hasta que Puerto los lee. Si llegan más deprisa, el búfer se llena y el sistema operativo descarta los nuevos: UDP no tiene control de flujo y nunca reenvía. El sistema los cuenta (Linux: /proc/net/udp).',
    traffic: {
      in: '{n} bytes recibidos | {n} byte recibido | {n} bytes recibidos',
      out: '{n} bytes enviados | {n} byte enviado | {n} bytes enviados',
    },
    bind: 'Esperar en',
    bindChoices: {
      all: 'Todas las interfaces',
      loopbackIPv4: 'Solo esta máquina, 127.0.0.1',
      loopbackIPv6: 'Solo esta máquina, ::1',
      address: '{address} ({name})',
    },
    bindHelp: {
      all: 'Pueden conectarse clientes de esta máquina y de otras.',
      loopback: 'Solo pueden conectarse clientes de esta misma máquina: nadie más puede llegar.',
      address: 'Solo pueden conectarse los clientes que contacten con esta dirección exacta.',
    },
    portSearchHint: 'Elige un servicio de la lista o escribe un número.',
    wellKnown: 'Puerto bien conocido: {service}',
    privileged:
      'Los puertos por debajo de 1024 suelen necesitar permisos de administrador en Linux y macOS: puede fallar con «permiso denegado».',
    useLabPort: 'Usar el puerto de laboratorio {port}',
    fromCatalogue: 'Listo para {service}: revisa las opciones y pulsa «Arrancar servidor».',
    editing:
      'Editando un servidor: cambia lo que necesites y pulsa «Arrancar servidor»; ocupará el lugar del anterior.',
    serviceOffer: 'El {port} es el puerto de {service} ({nickname}).',
    serviceOfferAccept: 'Ejecutar {service} en el puerto {protocol} {lab}',
    edit: 'Editar',
    editHelp:
      'Devuelve este servidor al formulario de servidor nuevo para cambiarlo y arrancarlo de nuevo.',
    remove: 'Quitar',
    encoding: 'Escrita como',
    encodings: { text: 'texto', hex: 'hexadecimal' },
    emptyReply: 'Escribe la respuesta que debe enviar el servidor.',
    saved: 'guardado',
    savedHelp: 'Ahora no está en marcha. Arráncalo, u olvídalo para quitarlo de la lista.',
    startAgain: 'Arrancar de nuevo',
    forget: 'Olvidar',
    autostart: 'Arrancar al abrir Puerto',
    autostartHelp:
      'Como los servidores de la clase, que se invocan automáticamente al arrancar: Puerto arranca este cada vez que se abre.',
    anyPort: 'cualquier puerto libre',
    peers: 'clientes oídos: {active}, en total: {total}',
    messages: {
      in: '{n} mensajes recibidos | {n} mensaje recibido | {n} mensajes recibidos',
      out: '{n} enviados | {n} enviado | {n} enviados',
    },
    concurrency: 'Atiende',
    concurrencyChoices: {
      concurrent: 'a varios clientes a la vez',
      iterative: 'a un cliente cada vez',
    },
    concurrencyHelp: {
      concurrent:
        'Concurrente, como el servidor de la lección: gestiona peticiones simultáneas de varios clientes, cada uno con su propia conexión.',
      iterative:
        'Iterativo: atiende a un cliente; los demás esperan en la cola de escucha hasta que ese cliente cierre.',
    },
    iterative: 'un cliente cada vez',
    iterativeHelp:
      'Un servidor iterativo: atiende a un cliente cada vez, y los clientes que llegan mientras tanto esperan su turno en la cola de escucha.',
    queue: {
      title: 'Cola de escucha',
      help: 'El sistema operativo completa el establecimiento de la conexión TCP (SYN, SYN-ACK, ACK) de cada cliente nuevo y guarda su conexión en la cola de escucha (el backlog). Este servidor toma la siguiente, la más antigua primero, solo cuando cierra el cliente al que atiende; hasta entonces, lo que envíe un cliente en espera no recibe respuesta.',
      turn: 'turno {position}',
      servingClient:
        'Atendiendo a {remote}; nadie en espera | Atendiendo a {remote}; {n} en espera | Atendiendo a {remote}; {n} en espera',
      servingNobody:
        'Sin cliente que atender; nadie en espera | Sin cliente que atender; {n} en espera | Sin cliente que atender; {n} en espera',
    },
    options: {
      title: 'Opciones',
      folder: 'Carpeta que se sirve',
      folderPlaceholder: 'vacía: la página de bienvenida incluida',
      root: 'Carpeta raíz',
      rootPlaceholder: 'vacía: un pequeño árbol de ejemplo',
      readOnly: 'Solo lectura',
      anonymous: 'Acceso anónimo',
      passivePortMin: 'Primer puerto pasivo',
      passivePortMax: 'Último puerto pasivo',
      domain: 'Dominio de correo',
      starttls: 'Ofrecer STARTTLS (certificado del laboratorio)',
      origin: 'Zona',
      recordName: 'Nombre',
      recordType: 'Tipo',
      recordTtl: 'TTL',
      recordValue: 'Valor',
      addRecord: 'Añadir registro',
      removeRecord: 'Quitar',
      community: 'Comunidad',
      sysContact: 'Contacto (sysContact)',
      sysName: 'Nombre (sysName)',
      sysLocation: 'Ubicación (sysLocation)',
    },
  },
  clients: {
    current: 'Actual',
    currentHelp: 'El compositor envía por la conversación de este cliente.',
    title: 'Clientes',
    intro:
      'Un cliente se ejecuta después y contacta con un servidor: debe indicar la máquina y el puerto.',
    host: 'Máquina (host)',
    hostPlaceholder: '127.0.0.1',
    port: 'Puerto',
    portPlaceholder: '7007',
    open: 'Conectar',
    close: 'Cerrar',
    empty:
      'Aún no hay clientes: un cliente se ejecuta después y contacta con un servidor indicando la máquina y el puerto.',
    status: {
      connecting: 'conectando',
      open: 'abierto',
      'half-closed': 'semicerrado',
      closed: 'cerrado',
      error: 'error',
    },
    unreachable: 'puerto inalcanzable',
    unreachableHelp:
      'El último datagrama recibió como respuesta un ICMP «puerto inalcanzable»: allí todavía no espera ningún servidor. UDP no tiene conexión, así que este cliente sigue abierto y puede volver a enviar.',
    summary: '{protocol} hacia {remote}',
    localSide: 'desde {local}',
    localPort: 'Puerto local',
    localPortPlaceholder: 'lo elige el sistema',
    localPortHelp:
      'Déjalo vacío: el sistema da al cliente un puerto efímero libre. Rellénalo solo para ver qué hace uno fijo.',
    recent: 'Recientes',
    recentHelp: 'Un clic vuelve a conectar con una máquina y un puerto que ya usaste.',
    yourPort: 'tu puerto {port}',
    ephemeralHelp:
      'El sistema eligió este puerto para el cliente (un puerto efímero): el servidor ve a este cliente como {local}.',
  },
  log: {
    title: 'Registro de eventos',
    columns: {
      time: 'Hora',
      kind: 'Evento',
      protocol: 'Protocolo',
      endpoints: 'Local ↔ remoto',
      bytes: 'Bytes',
      preview: 'Contenido',
    },
    clear: 'Vaciar',
    follow: 'Seguir los eventos nuevos',
    empty: 'Aún no hay eventos: arranca un servidor o abre un cliente.',
    count: 'ningún evento | {count} evento | {count} eventos',
    closedBy: 'cerrada por {side}',
    halfClosedBy: 'semicerrada por {side}',
    flow: '{state}, {buffered} bytes esperando',
    flowStates: { paused: 'en pausa', flowing: 'fluyendo' },
  },
  feedback: {
    dismiss: 'Descartar',
  },
  annotation: {
    title: 'Lo que entendió el servicio {protocol}',
    request: 'petición',
    response: 'respuesta',
  },
};
