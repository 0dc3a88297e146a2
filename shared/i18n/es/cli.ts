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
        'puerto serve [--host DIRECCIÓN] [--tcp PUERTO[:COMPORTAMIENTO]]... [--udp PUERTO[:COMPORTAMIENTO]]... [--reply TEXTO] [--config FICHERO] [--json] [--lang es|en]',
      summary:
        'Arranca servidores y muestra una línea por evento (con ambos extremos) hasta pulsar Ctrl+C.',
      example: 'puerto serve --tcp 7007:echo --udp 7007:echo',
    },
    web: {
      usage: 'puerto web [--port N] [--lang es|en]',
      summary: 'Usa Puerto en tu navegador: muestra una dirección con un token secreto.',
      example: 'puerto web --port 8080',
    },
    start: {
      usage: 'puerto start [--port N] [--lang es|en]',
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
      text: 'Puerto de la página del modo navegador en 127.0.0.1. Sin ella, uno libre que elige el sistema.',
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
    building: 'La interfaz aún no está construida: se construye una vez con "electron-vite build"…',
    buildFailed:
      'No se pudo construir la interfaz (falló "electron-vite build"). Ejecuta "npm run build" para ver por qué.',
    electronMissing:
      'El binario de Electron no está instalado (no se pudo descargar: red o proxy). Define ELECTRON_MIRROR y ejecuta "npm rebuild electron", o ejecuta "node node_modules/electron/install.js". Mientras tanto se abre el modo navegador.',
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
    replyMissing:
      'Un servidor con el comportamiento reply necesita su respuesta: añade --reply TEXTO.',
    inArgument: 'En {argument}:',
    configUnreadable: 'No se pudo leer el fichero de configuración {file} ({reason}).',
    configNotJson: 'El fichero de configuración {file} no es JSON válido: {reason}',
    configUnknownService:
      'El fichero de configuración {file} nombra "{service}", que no es un servicio con opciones. Usa: {services}.',
    configUnknownField:
      'El fichero de configuración {file} tiene un campo desconocido, "{field}". Aquí se admiten: {allowed}.',
    configField: 'En el fichero de configuración {file}:',
  },
  event: {
    bytes: '{bytes} B',
    truncated: '(solo se guardaron los primeros {captured} B)',
    closedBy: 'por {side}',
    paused: 'en pausa, {buffered} B esperando',
    flowing: 'fluye de nuevo',
  },
};
