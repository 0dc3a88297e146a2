import type { cli as english } from '../en/cli';

/** Textos de la línea de órdenes (`npx puerto …`): ayuda, estado y errores de argumentos. */
export const cli: typeof english = {
  usage: 'Uso: puerto <orden> [opciones]',
  summary: 'Puerto: aprende el modelo cliente–servidor con sockets TCP y UDP reales.',
  commandsTitle: 'Órdenes:',
  optionsTitle: 'Opciones:',
  exampleTitle: 'Ejemplo:',
  moreHelp: 'Ejecuta "puerto help <orden>" para ver las opciones de una orden.',
  commands: {
    serve: {
      usage:
        'puerto serve [--host DIRECCIÓN] [--tcp PUERTO[:COMPORTAMIENTO]]... [--udp PUERTO[:COMPORTAMIENTO]]... [--reply TEXTO] [--config FICHERO] [--iterative] [--announce [--name APODO]] [--json] [--lang es|en]',
      summary:
        'Arranca servidores y muestra una línea por evento (con ambos extremos) hasta pulsar Ctrl+C.',
      example: 'puerto serve --tcp 7007:echo --udp 7007:echo',
    },
    peers: {
      usage: 'puerto peers [--timeout S] [--json] [--lang es|en]',
      summary:
        'Lista los compañeros cuyo Puerto se anuncia en esta red (descubrimiento en el aula): sus nombres, direcciones y servidores.',
      example: 'puerto peers --timeout 5',
    },
    probe: {
      usage: 'puerto probe MÁQUINA PUERTO [--udp] [--timeout S] [--json] [--lang es|en]',
      summary:
        'Comprueba si se llega a un servidor de otra máquina: alcanzable, rechazado (nadie escucha en ese puerto) o sin respuesta (un cortafuegos o una dirección equivocada). Sale con 0 solo si es alcanzable.',
      example: 'puerto probe 192.168.1.20 7007',
    },
    web: {
      usage: 'puerto web [--port N] [--no-open] [--lang es|en]',
      summary: 'Usa Puerto en tu navegador: muestra una dirección con un token secreto.',
      example: 'puerto web --port 8080',
    },
    start: {
      usage: 'puerto start [--port N] [--no-open] [--lang es|en]',
      summary:
        'Abre la aplicación de escritorio de Puerto (lo que ejecuta "npm start"); sin Electron, el modo navegador.',
      example: 'npm start',
    },
    help: {
      usage: 'puerto help [orden]',
      summary: 'Muestra esta ayuda, o las opciones de una orden.',
      example: 'puerto help serve',
    },
  },
  options: {
    host: {
      syntax: '--host DIRECCIÓN',
      text: 'Dirección local en la que esperan los servidores: 127.0.0.1 o ::1 (solo esta máquina) o una dirección de esta máquina. Sin ella, todas las interfaces.',
    },
    tcp: {
      syntax: '--tcp PUERTO[:COMPORTAMIENTO]',
      text: 'Arranca un servidor TCP en PUERTO. COMPORTAMIENTO: manual (por defecto: solo muestra lo que llega), echo (devuelve lo que llega) reply (responde con --reply) o un servicio clásico: discard, daytime, qotd, chargen, time, sntp, http, smtp, pop3, ftp, dns, snmp. Repítela para más servidores.',
    },
    udp: {
      syntax: '--udp PUERTO[:COMPORTAMIENTO]',
      text: 'Lo mismo para un servidor UDP. Los números de puerto de TCP y de UDP son independientes: ambos pueden usar el mismo número.',
    },
    reply: {
      syntax: '--reply TEXTO',
      text: 'Lo que responden los servidores reply: en TCP tras cada línea, en UDP tras cada datagrama. \\n, \\r, \\t y \\\\ significan salto de línea, retorno de carro, tabulador y barra invertida.',
    },
    config: {
      syntax: '--config FICHERO',
      text: 'Un fichero JSON con las opciones de los servicios: un objeto "services" cuyas claves son http, smtp, pop3, ftp, dns o snmp y cuyos valores son sus opciones. Las recibe cada servidor de ese servicio; las rutas relativas parten de la carpeta del fichero.',
    },
    iterative: {
      syntax: '--iterative',
      text: 'Cada servidor TCP atiende a un cliente cada vez: los siguientes esperan en la cola de escucha (se muestran como "en espera") hasta que el actual cierra. Sin ella, los servidores son concurrentes: varios clientes a la vez. No afecta a los servidores UDP.',
    },
    announce: {
      syntax: '--announce',
      text: 'Anuncia estos servidores a los compañeros de esta red (descubrimiento en el aula): una pequeña baliza UDP por segundo al puerto 45454 con tu apodo, el nombre de la máquina, sus direcciones y sus servidores. Los servidores que esperan en 127.0.0.1 o ::1 no se anuncian. PUERTO_DISCOVERY_TARGETS (direcciones IPv4 separadas por comas, como 10.0.2.255) cambia adónde van las balizas; PUERTO_DISCOVERY_PORT cambia el puerto.',
    },
    name: {
      syntax: '--name APODO',
      text: 'El apodo que ven los compañeros con --announce (32 caracteres como máximo). Sin ella, el nombre de la máquina.',
    },
    json: {
      syntax: '--json',
      text: 'Un objeto JSON por línea en lugar de texto, con seq, time (ISO 8601), kind, proto, local y remote ("dirección:puerto", IPv6 entre corchetes, o null), bytes, y para los datos preview (texto), hex y truncated.',
    },
    lang: {
      syntax: '--lang es|en',
      text: 'Idioma de los mensajes, es o en. Sin ella, se toma de LC_ALL, LC_MESSAGES o LANG.',
    },
    port: {
      syntax: '--port N',
      text: 'Puerto de la página del modo navegador en 127.0.0.1. Sin ella, el del último arranque con esta carpeta de datos (7780 la primera vez, u otro libre si está ocupado).',
    },
    open: {
      syntax: '--open',
      text: 'Abre la dirección en el navegador predeterminado aunque la salida no sea un terminal (nunca con CI ni sin pantalla).',
    },
    noOpen: {
      syntax: '--no-open',
      text: 'No abre el navegador; solo muestra la dirección.',
    },
    captureMb: {
      syntax: '--capture-mb N',
      text: 'Megabytes que la captura puede guardar en total (contenido, notas y los propios eventos), de 1 a 4096; pasado ese límite se descartan los eventos más antiguos, y se cuentan. Por defecto 64.',
    },
    snaplen: {
      syntax: '--snaplen BYTES',
      text: 'Bytes de cada mensaje que guarda la captura, de 0 a 1048576 (como el snaplen de Wireshark); el tamaño en la red se cuenta siempre entero y un mensaje más largo queda marcado como recortado. Por defecto 16384.',
    },
    peersTimeout: {
      syntax: '--timeout S',
      text: 'Cuántos segundos escuchar, de 0.5 a 60 (por defecto 3). Los compañeros se anuncian una vez por segundo.',
    },
    peersJson: {
      syntax: '--json',
      text: 'Muestra un array JSON con los compañeros en lugar de texto: instance, nickname, hostname, platform, addresses, servers (protocol, port, behaviour), source (la dirección y el puerto de los que llegó la baliza), firstHeardAt y lastHeardAt.',
    },
    probeUdp: {
      syntax: '--udp',
      text: 'Prueba un servidor UDP en lugar de TCP. UDP no tiene saludo inicial: solo una respuesta demuestra que hay un servidor, y el silencio puede ser un servidor que nunca responde.',
    },
    probeTimeout: {
      syntax: '--timeout S',
      text: 'Cuántos segundos esperar una respuesta, de 0.2 a 30 (por defecto 3).',
    },
    probeJson: {
      syntax: '--json',
      text: 'Muestra el resultado como un objeto JSON: protocol, host, address, port, outcome (reachable, refused, timed-out, unreachable o no-answer), elapsedMs y error.',
    },
    help: {
      syntax: '--help, -h',
      text: 'Muestra la ayuda de la orden.',
    },
  },
  status: {
    serving: 'Sirviendo: una línea por evento. Pulsa Ctrl+C para terminar.',
    stopping: 'Terminando: cerrando todos los sockets…',
    webReady: 'Puerto en modo navegador. Abre esta dirección (incluye el token secreto):',
    stopHint: 'Pulsa Ctrl+C para terminar.',
    webOpen: 'Puerto está abierto en {url} (Ctrl+C para terminar)',
    portTaken:
      'El puerto {previous}, el de la última vez, lo ocupa otro programa: Puerto responde ahora en el puerto {port}, así que las pestañas abiertas deben abrirse de nuevo en la nueva dirección.',
    browserFailed: 'No se pudo abrir el navegador ({reason}): abre tú la dirección.',
    building: 'La interfaz aún no está construida: se construye una vez con "electron-vite build"…',
    rebuilding:
      'Las fuentes de Puerto cambiaron desde la última construcción: se reconstruye con "electron-vite build"…',
    staleBuild:
      'Las fuentes de Puerto cambiaron desde su última construcción y tsx, que las ejecuta directamente, no está instalado. Ejecuta "npm install" y después "npm run build" en {folder}.',
    buildFailed:
      'No se pudo construir la interfaz (falló "electron-vite build"). Ejecuta "npm run build" para ver por qué.',
    electronMissing:
      'Electron no pudo arrancar: falta {binary} (npm install no lo descarga). Descárgalo en la carpeta de Puerto con "npx install-electron" (detrás de un proxy, define antes HTTPS_PROXY y ELECTRON_GET_USE_PROXY=1; ELECTRON_MIRROR elige otro servidor de descarga; ELECTRON_OVERRIDE_DIST_PATH usa una carpeta de Electron que ya tengas). Mientras tanto se abre el modo navegador.',
  },
  errors: {
    missingCommand: 'Indica qué orden ejecutar.',
    unknownCommand: 'Orden desconocida: "{command}".',
    unknownOption: 'Opción desconocida: {option}.',
    missingValue: 'La opción {option} necesita un valor.',
    noValueAllowed: 'La opción {option} no lleva valor.',
    unexpectedArgument: 'Argumento inesperado: "{argument}".',
    badLanguage: 'El idioma debe ser es o en, no "{value}".',
    noServers: 'Indica qué servidores arrancar, por ejemplo --tcp 7007:echo.',
    openConflict: 'Elige --open o --no-open, no las dos.',
    replyMissing:
      'Un servidor con el comportamiento reply necesita su respuesta: añade --reply TEXTO.',
    inArgument: 'En {argument}:',
    configUnreadable: 'No se pudo leer el fichero de configuración {file} ({reason}).',
    configNotJson: 'El fichero de configuración {file} no es JSON válido: {reason}',
    configTooLarge:
      'El fichero de configuración {file} ocupa más de {limit} bytes: no puede ser un fichero de laboratorio de Puerto. Revisa la ruta.',
    configNotObject:
      'El fichero de configuración {file} debe contener un objeto JSON ({ "services": … }), no {found}.',
    configUnknownService:
      'El fichero de configuración {file} nombra "{service}", que no es un servicio con opciones. Usa: {services}.',
    configUnknownField:
      'El fichero de configuración {file} tiene un campo desconocido, "{field}". Aquí se admiten: {allowed}.',
    configField: 'En el fichero de configuración {file}:',
    configServerKey:
      'El fichero de configuración {file} nombra el servidor "{key}": nombra los servidores por protocolo y puerto, como en la línea de órdenes, por ejemplo "tcp/7007".',
    configServerUnknown:
      'El fichero de configuración {file} tiene ajustes para "{key}", que esta orden no arranca. Sus servidores: {servers}.',
    nameNeedsAnnounce: '--name es el apodo para --announce: añade --announce, o quita --name.',
    badSeconds: 'La opción {option} lleva un número de segundos de {min} a {max}, no "{value}".',
    badWholeNumber: 'La opción {option} lleva un número entero de {min} a {max}, no "{value}".',
    probeTarget:
      'Indica qué servidor probar: puerto probe MÁQUINA PUERTO, por ejemplo puerto probe 192.168.1.20 7007.',
  },
  environment: {
    discoveryTargets:
      'PUERTO_DISCOVERY_TARGETS deben ser direcciones IPv4 separadas por comas, como 10.0.1.255,10.0.2.255 (la dirección de difusión de cada red que usa el aula).',
    discoveryPort:
      'PUERTO_DISCOVERY_PORT debe ser un puerto UDP de 1 a 65535 (45454 si no se define), el mismo en todos los PC del aula.',
  },
  classroom: {
    announcing:
      'Anunciando tus servidores a los compañeros como "{nickname}": una baliza UDP por segundo a {targets}.',
    notAnnouncing:
      'Sirviendo sin anunciar: los compañeros no verán estos servidores en su lista, pero pueden llegar a ellos con la dirección y el puerto.',
    loopbackOnly:
      'No se anuncia ningún servidor: a un servidor que espera en 127.0.0.1 o ::1 solo se llega desde esta máquina. Quita --host (o da la dirección de esta máquina en la red del aula) para que los compañeros lleguen a él.',
    appeared: 'Ha aparecido un compañero: {peer}',
    changed: 'Un compañero ha cambiado: {peer}',
    left: 'Un compañero se ha ido: {nickname} ({hostname}) lleva un rato en silencio.',
    noTargets: 'ninguna parte (esta máquina no tiene más red que la de bucle local)',
  },
  peers: {
    listening: 'Escuchando a los compañeros durante {seconds} s en el puerto UDP {port}…',
    heard: 'Compañeros oídos: {count}',
    peer: '{nickname} ({hostname}) desde {address}: {servers}',
    noServers: 'sin servidores',
    none: 'No se ha oído a ningún compañero en {seconds} s.',
    noneHint:
      'Comprueba que los dos PC están en la misma red (la misma LAN o wifi del aula), que el descubrimiento en el aula está activado en el Puerto de tu compañero (o que ejecuta "puerto serve --announce") y que ningún cortafuegos bloquea el puerto UDP {port} de entrada en ninguno de los dos PC.',
    ignored: 'Balizas descartadas: {malformed} mal formadas, {oversized} demasiado grandes.',
  },
  probe: {
    reachable: {
      title: '{proto} {host}:{port} es alcanzable (respondió en {elapsed} ms)',
      explain:
        'Hay un servidor esperando en el puerto {proto} {port} de {address} y ha respondido: un cliente de esta máquina puede contactar con él.',
      hint: 'Abre un cliente a {host}, puerto {proto} {port}, y envía un mensaje.',
    },
    refused: {
      title: 'Nadie escucha en el puerto {proto} {port} de {address}',
      explain:
        'La máquina ha respondido, pero ha rechazado al instante: ningún servidor espera en ese puerto. El servidor debe arrancar primero y esperar pasivamente en su puerto antes de que un cliente pueda contactar con él.',
      hint: 'Pide a tu compañero que arranque el servidor, y comprueba el número de puerto y el protocolo: los números de puerto de TCP y de UDP son independientes.',
    },
    timedOut: {
      title: 'Sin respuesta de {address}:{port} ({proto}) en {seconds} s',
      explain:
        'No ha vuelto nada, ni una aceptación ni un rechazo. Normalmente un cortafuegos de la máquina de tu compañero descarta los paquetes en silencio; o la dirección es incorrecta (compruébala en su panel "Esta máquina").',
      hint: 'Pide a tu compañero que permita el puerto {proto} {port} de entrada en su cortafuegos, como se indica abajo, y vuelve a probar.',
    },
    unreachable: {
      title: 'No se puede llegar a {host}',
      explain:
        'Esta máquina no puede enviar paquetes a esa dirección: no hay ruta hasta ella, o el nombre no existe.',
      hint: 'Comprueba la dirección que te dio tu compañero, y que las dos máquinas están en la misma red.',
    },
    noAnswer: {
      title: 'Sin respuesta del puerto UDP {port} de {address} en {seconds} s',
      explain:
        'UDP no tiene saludo inicial: el datagrama puede haber llegado a un servidor que no responde (manual, discard), o un cortafuegos lo ha descartado. Desde aquí no se distinguen.',
      hint: 'Pide a tu compañero un servidor que responda (echo) en el puerto UDP {port}, y que permita el puerto UDP {port} de entrada en su cortafuegos.',
    },
    firewall: {
      title:
        'Para que un compañero llegue a un servidor, permite el puerto {proto} {port} de entrada en la máquina que lo ejecuta, para el programa que espera en él (Puerto, o node con "npx puerto serve"):',
      windows:
        '  Windows: cuando Firewall de Windows Defender pregunte, marca "Redes privadas" y elige Permitir acceso; o Firewall de Windows Defender > Configuración avanzada > Reglas de entrada > Nueva regla… > Puerto > {proto} {port} > Permitir la conexión.',
      linux: '  Linux, en una terminal (sudo pide tu contraseña):',
      macos:
        '  macOS: Ajustes del Sistema > Red > Firewall > Opciones…, y permite las conexiones entrantes para Puerto (o node).',
    },
  },
  event: {
    bytes: '{bytes} B',
    truncated: '(solo se guardaron los primeros {captured} B)',
    closedBy: 'por {side}',
    paused: 'en pausa, {buffered} B esperando',
    flowing: 'fluye de nuevo',
    skipped:
      '… {count} líneas sin mostrar: la salida no daba abasto y se saltaron para no frenar el servidor',
  },
};
