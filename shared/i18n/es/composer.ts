import type { composer as english } from '../en/composer';

export const composer: typeof english = {
  title: 'Enviar un mensaje',
  conversation: {
    label: 'Conversación',
    placeholder: 'Elige una conversación',
    option: '{role} · {protocol} {local} ↔ {remote}',
    closedOption: '{option} · cerrada',
    roles: { server: 'Lado servidor', client: 'Cliente' },
  },
  target: {
    label: 'Envía por',
    client: 'Cliente {protocol} :{localPort} → {remote}',
    server: 'Servidor {protocol} {port} ← {remote}',
    none: 'aún ninguna conversación',
    status: { open: 'abierta', 'half-closed': 'cerrada a medias', closed: 'cerrada' },
  },
  blocked: {
    closedByRemote:
      'El otro lado cerró esta conexión a las {time}: abre un cliente nuevo o elige otra conversación.',
    closedByLocal:
      'Cerraste esta conversación a las {time}: abre un cliente nuevo o elige otra conversación.',
    closedByReset:
      'Esta conexión se reinició (RST) a las {time}: abre un cliente nuevo o elige otra conversación.',
    none: 'Aún no hay por dónde enviar: abre un cliente o espera a que un cliente se conecte a uno de tus servidores.',
    closed:
      'Esta conversación está cerrada: ya no se puede enviar nada por ella. Abre un cliente o espera una conexión nueva.',
    localEnded:
      'Cerraste a medias esta conexión (FIN): este lado ya no puede enviar, pero sigue recibiendo hasta que el otro lado cierre.',
    empty: 'Aún no hay nada que enviar: TCP no envía ningún byte para un mensaje vacío.',
  },
  format: {
    mode: 'Escribir como',
    modes: { text: 'Texto', hex: 'Bytes en hex' },
    lineEnding: 'Fin de línea',
    lineEndings: { none: 'Ninguno', lf: 'LF', crlf: 'CRLF' },
    lineEndingHelp: {
      none: 'No se añade nada después del mensaje.',
      lf: 'Añade un salto de línea (byte 0A): el fin de línea de Linux, macOS y la mayoría de servidores del laboratorio.',
      crlf: 'Añade retorno de carro y salto de línea (bytes 0D 0A): el fin de línea que exigen HTTP, SMTP y Telnet.',
    },
    encoding: 'Codificación',
    encodings: {
      utf8: 'UTF-8',
      latin1: 'ISO-8859-1 (Latin-1)',
      ascii: 'ASCII',
      utf16le: 'UTF-16LE',
    },
    encodingHelp: {
      utf8: 'Cualquier carácter: A ocupa 1 byte (41), ñ ocupa 2 (C3 B1), € ocupa 3 (E2 82 AC).',
      latin1: 'Un byte por carácter, 256 en total: ñ es F1, pero no existe €.',
      ascii: 'Siete bits, 128 caracteres: sin tildes, sin ñ, sin €.',
      utf16le: 'Dos bytes por carácter, primero el byte bajo: A es 41 00.',
    },
    hexNote:
      'En hex se envían exactamente los bytes que escribes: no se aplica codificación ni fin de línea.',
  },
  message: {
    label: 'Mensaje',
    placeholderText: 'Escribe el mensaje que quieres enviar',
    placeholderHex: 'Bytes en hexadecimal, como 48 6F 6C 61 0D 0A',
  },
  preview: {
    label: 'Se enviará',
    bytes: 'Bytes: {count}',
    emptyDatagram: 'un datagrama UDP vacío: está permitido y algunos servicios lo responden',
  },
  help: {
    button: 'Cómo escribir un mensaje',
    escapesTitle: 'Secuencias de escape en modo texto',
    escapes: {
      carriageReturn: 'retorno de carro, byte 0D',
      lineFeed: 'salto de línea, byte 0A',
      tab: 'tabulador, byte 09',
      backslash: 'una barra invertida',
      byte: 'el byte con ese valor hexadecimal, enviado tal cual con cualquier codificación',
    },
    hexTitle: 'Modo hex',
    hex: 'Pares de dígitos 0–9 y A–F. Los espacios, los dos puntos y el prefijo 0x son opcionales: {examples} son los mismos dos bytes.',
    keysTitle: 'Teclas',
    keys: {
      send: 'envía el mensaje',
      newLine: 'empieza una línea nueva dentro del mensaje',
      anywhere: 'envía desde cualquier lugar de la página',
      history: 'recuperan los mensajes enviados antes',
    },
  },
  keys: { enter: 'Intro', shift: 'Mayús', ctrl: 'Ctrl', command: '⌘', up: '↑', down: '↓' },
  problems: {
    escapeTrailing:
      'La barra invertida de la posición {position} empieza una secuencia de escape, pero no le sigue nada. Para enviar una barra invertida, escribe dos.',
    escapeUnknown:
      '«{escape}» en la posición {position} no es una secuencia de escape. Usa \\r, \\n, \\t o \\xHH, o dos barras invertidas para enviar una.',
    escapeByte:
      '«{escape}» en la posición {position} está incompleto: \\x necesita exactamente dos dígitos hexadecimales, como \\x41 para la A o \\x0A para un salto de línea.',
    hexNotDigit:
      '{character} en la posición {position} no es un dígito hexadecimal: usa 0–9 y A–F, con espacios o dos puntos entre bytes.',
    hexOddDigits:
      '«{group}» en la posición {position} tiene un número impar de dígitos: cada byte son exactamente dos dígitos hexadecimales (escribe 0A, no A).',
    hexPrefixAlone: '«0x» en la posición {position} no lleva dígitos detrás.',
    notInAscii:
      '{character} en la posición {position} no existe en ASCII, que solo tiene 128 caracteres (sin tildes, ñ ni €). Elige UTF-8, o ISO-8859-1 para tildes y ñ.',
    notInLatin1:
      '{character} en la posición {position} no existe en ISO-8859-1 (Latin-1), que solo tiene 256 caracteres: ni €, ni emojis. Elige UTF-8.',
    loneSurrogate:
      '{character} en la posición {position} es la mitad de un par sustituto de UTF-16, no un carácter por sí solo: bórralo.',
    tooLargeTcp: 'El mensaje ocupa {bytes} bytes: un envío lleva como mucho {limit} bytes (1 MiB).',
    tooLargeUdp:
      'El mensaje ocupa {bytes} bytes: un datagrama UDP lleva como mucho {limit} bytes (65.535 menos la cabecera IPv4 de 20 bytes y la cabecera UDP de 8).',
  },
  actions: {
    send: 'Enviar',
    halfClose: 'Cerrar a medias (FIN)',
    halfCloseHelp:
      'Envía FIN: «no tengo nada más que decir». Este lado aún puede recibir y el otro puede seguir enviando.',
    close: 'Cerrar',
    closeHelp: 'Cierra la conexión en los dos sentidos.',
    udpNoConnection:
      'UDP no tiene conexión, así que no hay nada que cerrar a medias ni cerrar: basta con dejar de enviar.',
  },
  repeat: {
    title: 'Enviar varias veces',
    help: 'Observa cómo un servidor atiende una serie de mensajes: como mucho {max} veces, con al menos {min} ms entre ellos.',
    count: 'Veces',
    interval: 'Cada (ms)',
    start: 'Enviar repetidamente',
    stop: 'Detener',
    progress: 'Enviados {sent} de {total}',
    countProblem: 'Escribe un número entero de 1 a {max}.',
    intervalProblem: 'Escribe un número entero de milisegundos de {min} a {max}.',
    outcomes: {
      done: 'Hecho: enviados {sent} de {total}.',
      stopped: 'Detenido tras {sent} de {total}.',
      ended: 'La conversación ya no puede enviar: se detuvo tras {sent} de {total}.',
      failed: 'El envío falló tras {sent} de {total}: el aviso de arriba explica por qué.',
    },
  },
  file: {
    title: 'Enviar un archivo',
    help: 'Los bytes del archivo se envían tal cual, de una vez: sin codificación ni fin de línea.',
    choose: 'Elegir un archivo…',
    chosen: '{name}: {bytes} byte | {name}: {bytes} bytes',
    send: 'Enviar archivo',
    empty: '{name} está vacío: TCP no envía ningún byte por él.',
    tooLargeTcp:
      '{name} ocupa {bytes} bytes: un envío lleva como mucho {limit} bytes (1 MiB). Elige un archivo más pequeño.',
    tooLargeUdp:
      '{name} ocupa {bytes} bytes: un datagrama UDP lleva como mucho {limit} bytes. Elige un archivo más pequeño o envíalo por TCP.',
    unreadable: 'No se pudo leer {name}.',
  },
  snippets: {
    title: 'Fragmentos',
    help: 'Guarda el mensaje actual con un nombre para enviarlo de nuevo más tarde. Pulsa un nombre para cargarlo.',
    name: 'Nombre del fragmento',
    namePlaceholder: 'Petición HTTP',
    save: 'Guardar',
    empty: 'Aún no hay fragmentos.',
    remove: 'Borrar «{name}»',
    nameEmpty: 'Ponle un nombre al fragmento.',
    nameTooLong: 'Un nombre tiene como mucho {max} caracteres.',
    textEmpty: 'Escribe antes un mensaje: no hay nada que guardar.',
    textTooLong: 'Un fragmento guarda como mucho {max} caracteres.',
  },
};
