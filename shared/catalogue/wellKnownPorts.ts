/**
 * The well-known ports a first-year student meets, checked against the IANA "Service Name and
 * Transport Protocol Port Number Registry". IANA registers most of these numbers on both TCP
 * and UDP even when the service uses only one (lecture slide 8): `protocols` says what the
 * service really uses, `reservedBoth` whether IANA holds the number for it on both.
 * Summaries live here as { en, es } because they are data, like the port numbers; searching
 * them is `portSearch.ts`.
 */
import type { BehaviourName } from '../contract/behaviours';
import type { Protocol } from '../contract/model';

export interface LocalizedText {
  en: string;
  es: string;
}

export interface WellKnownPort {
  port: number;
  /** The transports the service really uses, the usual one first. */
  protocols: readonly Protocol[];
  /** The name people use for the service. */
  service: string;
  /** The keyword in the IANA registry (and in /etc/services). */
  ianaName: string;
  /** Everyday words for what it is for, shown next to the name: "80 — HTTP (web)". */
  nickname: LocalizedText;
  /** The RFC that defines the service; databases and the like are not Internet standards. */
  rfc?: number;
  /** IANA registers this number for this service on both TCP and UDP. */
  reservedBoth: boolean;
  /** The same number names a different service on the other transport. */
  otherService?: { protocol: Protocol; service: string };
  summary: LocalizedText;
  /** The Puerto server behaviour that plays this service, once one exists. */
  behaviour?: BehaviourName;
}

export const WELL_KNOWN_PORTS: readonly WellKnownPort[] = [
  {
    port: 7,
    protocols: ['tcp', 'udp'],
    service: 'Echo',
    ianaName: 'echo',
    nickname: { en: 'sends back what it gets', es: 'devuelve lo que recibe' },
    rfc: 862,
    reservedBoth: true,
    behaviour: 'echo',
    summary: {
      en: 'Sends back every byte it receives, unchanged. Defined for both TCP and UDP: the simplest way to test a connection.',
      es: 'Devuelve sin cambios cada byte que recibe. Definido para TCP y para UDP: la forma más sencilla de probar una conexión.',
    },
  },
  {
    port: 9,
    protocols: ['tcp', 'udp'],
    service: 'Discard',
    ianaName: 'discard',
    nickname: { en: 'throws data away', es: 'tira los datos' },
    rfc: 863,
    reservedBoth: true,
    behaviour: 'discard',
    summary: {
      en: 'Reads and throws away everything it receives, and never answers. Works on TCP and UDP.',
      es: 'Lee y tira todo lo que recibe, y nunca contesta. Funciona sobre TCP y UDP.',
    },
  },
  {
    port: 13,
    protocols: ['tcp', 'udp'],
    service: 'Daytime',
    ianaName: 'daytime',
    nickname: { en: 'date and time', es: 'fecha y hora' },
    rfc: 867,
    reservedBoth: true,
    behaviour: 'daytime',
    summary: {
      en: 'Answers with the current date and time as readable text. On TCP it then closes; on UDP it answers each datagram.',
      es: 'Responde con la fecha y la hora actuales como texto legible. En TCP después cierra; en UDP contesta a cada datagrama.',
    },
  },
  {
    port: 17,
    protocols: ['tcp', 'udp'],
    service: 'QOTD',
    ianaName: 'qotd',
    nickname: { en: 'quote of the day', es: 'cita del día' },
    rfc: 865,
    reservedBoth: true,
    behaviour: 'qotd',
    summary: {
      en: 'Answers with a short quotation (under 512 characters) and, on TCP, closes.',
      es: 'Responde con una cita breve (menos de 512 caracteres) y, en TCP, cierra.',
    },
  },
  {
    port: 19,
    protocols: ['tcp', 'udp'],
    service: 'Chargen',
    ianaName: 'chargen',
    nickname: { en: 'character generator', es: 'generador de caracteres' },
    rfc: 864,
    reservedBoth: true,
    behaviour: 'chargen',
    summary: {
      en: 'Sends printable characters: on TCP without end until the client closes; on UDP one datagram of characters for each datagram received.',
      es: 'Envía caracteres imprimibles: en TCP sin parar hasta que el cliente cierra; en UDP, un datagrama de caracteres por cada datagrama recibido.',
    },
  },
  {
    port: 20,
    protocols: ['tcp'],
    service: 'FTP data',
    ianaName: 'ftp-data',
    nickname: { en: 'file transfer, data', es: 'transferencia de ficheros, datos' },
    rfc: 959,
    reservedBoth: true,
    summary: {
      en: 'The data connection of FTP in active mode: files and listings travel here, apart from the commands on port 21. Uses TCP.',
      es: 'La conexión de datos de FTP en modo activo: ficheros y listados viajan aquí, aparte de las órdenes del puerto 21. Usa TCP.',
    },
  },
  {
    port: 21,
    protocols: ['tcp'],
    service: 'FTP',
    ianaName: 'ftp',
    nickname: { en: 'file transfer', es: 'transferencia de ficheros' },
    rfc: 959,
    reservedBoth: true,
    behaviour: 'ftp',
    summary: {
      en: 'File Transfer Protocol, control connection: the client sends text commands (USER, LIST, RETR) and the server answers with numbered replies. Uses TCP.',
      es: 'Protocolo de transferencia de ficheros, conexión de control: el cliente envía órdenes de texto (USER, LIST, RETR) y el servidor responde con códigos numerados. Usa TCP.',
    },
  },
  {
    port: 22,
    protocols: ['tcp'],
    service: 'SSH',
    ianaName: 'ssh',
    nickname: { en: 'secure remote terminal', es: 'terminal remoto seguro' },
    rfc: 4251,
    reservedBoth: true,
    summary: {
      en: 'Secure Shell: an encrypted remote terminal, file copies (scp, sftp) and tunnels. Uses TCP.',
      es: 'Secure Shell: terminal remoto cifrado, copia de ficheros (scp, sftp) y túneles. Usa TCP.',
    },
  },
  {
    port: 23,
    protocols: ['tcp'],
    service: 'Telnet',
    ianaName: 'telnet',
    nickname: { en: 'remote terminal', es: 'terminal remoto' },
    rfc: 854,
    reservedBoth: true,
    summary: {
      en: 'Remote terminal in plain text: everything, passwords included, crosses the network unencrypted. Uses TCP.',
      es: 'Terminal remoto en texto plano: todo, contraseñas incluidas, cruza la red sin cifrar. Usa TCP.',
    },
  },
  {
    port: 25,
    protocols: ['tcp'],
    service: 'SMTP',
    ianaName: 'smtp',
    nickname: { en: 'mail between servers', es: 'correo entre servidores' },
    rfc: 5321,
    reservedBoth: true,
    behaviour: 'smtp',
    summary: {
      en: 'Simple Mail Transfer Protocol: mail servers hand messages to each other with text commands (HELO, MAIL FROM, RCPT TO, DATA). Uses TCP.',
      es: 'Protocolo simple de transferencia de correo: los servidores de correo se entregan los mensajes con órdenes de texto (HELO, MAIL FROM, RCPT TO, DATA). Usa TCP.',
    },
  },
  {
    port: 37,
    protocols: ['tcp', 'udp'],
    service: 'Time',
    ianaName: 'time',
    nickname: { en: 'binary clock', es: 'reloj binario' },
    rfc: 868,
    reservedBoth: true,
    behaviour: 'time',
    summary: {
      en: 'Answers with the time as a 32-bit binary number: seconds since 1 January 1900. It is not text, so look at it in hexadecimal.',
      es: 'Responde con la hora como un número binario de 32 bits: segundos desde el 1 de enero de 1900. No es texto: míralo en hexadecimal.',
    },
  },
  {
    port: 53,
    protocols: ['udp', 'tcp'],
    service: 'DNS',
    ianaName: 'domain',
    nickname: { en: 'names to addresses', es: 'nombres a direcciones' },
    rfc: 1035,
    reservedBoth: true,
    behaviour: 'dns',
    summary: {
      en: 'Domain Name System: turns names such as example.org into addresses. Queries usually go over UDP; TCP carries large answers and zone transfers.',
      es: 'Sistema de nombres de dominio: convierte nombres como example.org en direcciones. Las consultas suelen ir por UDP; TCP lleva las respuestas grandes y las transferencias de zona.',
    },
  },
  {
    port: 67,
    protocols: ['udp'],
    service: 'DHCP',
    ianaName: 'bootps',
    nickname: { en: 'automatic addresses, server', es: 'direcciones automáticas, servidor' },
    rfc: 2131,
    reservedBoth: true,
    summary: {
      en: 'DHCP server (born as BOOTP): hands out IP addresses to machines that join the network. Uses UDP; clients call it by broadcast from port 68.',
      es: 'Servidor DHCP (nacido como BOOTP): reparte direcciones IP a las máquinas que se unen a la red. Usa UDP; los clientes lo llaman por difusión desde el puerto 68.',
    },
  },
  {
    port: 68,
    protocols: ['udp'],
    service: 'DHCP',
    ianaName: 'bootpc',
    nickname: { en: 'automatic addresses, client', es: 'direcciones automáticas, cliente' },
    rfc: 2131,
    reservedBoth: true,
    summary: {
      en: 'DHCP client: a machine without an address waits here for the server’s offer, one of the few well-known ports used by a client. Uses UDP.',
      es: 'Cliente DHCP: una máquina sin dirección espera aquí la oferta del servidor; es uno de los pocos puertos bien conocidos que usa un cliente. Usa UDP.',
    },
  },
  {
    port: 69,
    protocols: ['udp'],
    service: 'TFTP',
    ianaName: 'tftp',
    nickname: { en: 'trivial file transfer', es: 'transferencia trivial de ficheros' },
    rfc: 1350,
    reservedBoth: true,
    summary: {
      en: 'Trivial File Transfer Protocol: simple file transfer without login, used to start devices from the network. Uses UDP.',
      es: 'Protocolo trivial de transferencia de ficheros: transferencia sencilla y sin usuario, usada para arrancar equipos desde la red. Usa UDP.',
    },
  },
  {
    port: 80,
    protocols: ['tcp'],
    service: 'HTTP',
    ianaName: 'http',
    nickname: { en: 'web', es: 'web' },
    rfc: 9110,
    reservedBoth: true,
    behaviour: 'http',
    summary: {
      en: 'The web without encryption: a browser sends a request (GET /index.html) and the server sends back a response. Uses TCP.',
      es: 'La web sin cifrar: el navegador envía una petición (GET /index.html) y el servidor devuelve una respuesta. Usa TCP.',
    },
  },
  {
    port: 110,
    protocols: ['tcp'],
    service: 'POP3',
    ianaName: 'pop3',
    nickname: { en: 'download mail', es: 'descargar correo' },
    rfc: 1939,
    reservedBoth: true,
    behaviour: 'pop3',
    summary: {
      en: 'Post Office Protocol: a mail program downloads the messages waiting in a mailbox. Uses TCP.',
      es: 'Protocolo de oficina de correos: un programa de correo descarga los mensajes que esperan en un buzón. Usa TCP.',
    },
  },
  {
    port: 123,
    protocols: ['udp'],
    service: 'NTP',
    ianaName: 'ntp',
    nickname: { en: 'clock synchronisation', es: 'sincronizar relojes' },
    rfc: 5905,
    reservedBoth: true,
    behaviour: 'sntp',
    summary: {
      en: 'Network Time Protocol: keeps the clocks of machines in step, to within milliseconds. Uses UDP.',
      es: 'Protocolo de tiempo de red: mantiene sincronizados los relojes de las máquinas, con una precisión de milisegundos. Usa UDP.',
    },
  },
  {
    port: 143,
    protocols: ['tcp'],
    service: 'IMAP',
    ianaName: 'imap',
    nickname: { en: 'mail kept on the server', es: 'correo guardado en el servidor' },
    rfc: 9051,
    reservedBoth: true,
    summary: {
      en: 'Internet Message Access Protocol: read and sort mail that stays on the server, from several devices. Uses TCP.',
      es: 'Protocolo de acceso a mensajes de Internet: leer y ordenar el correo que se queda en el servidor, desde varios dispositivos. Usa TCP.',
    },
  },
  {
    port: 161,
    protocols: ['udp'],
    service: 'SNMP',
    ianaName: 'snmp',
    nickname: { en: 'network management', es: 'gestión de red' },
    rfc: 3417,
    reservedBoth: true,
    behaviour: 'snmp',
    summary: {
      en: 'Simple Network Management Protocol: a manager asks routers, switches and printers about their state (counters, temperature). Uses UDP.',
      es: 'Protocolo simple de gestión de red: un gestor pregunta a routers, conmutadores e impresoras por su estado (contadores, temperatura). Usa UDP.',
    },
  },
  {
    port: 162,
    protocols: ['udp'],
    service: 'SNMP trap',
    ianaName: 'snmptrap',
    nickname: { en: 'network alerts', es: 'avisos de red' },
    rfc: 3417,
    reservedBoth: true,
    summary: {
      en: 'SNMP traps: devices report events (a link went down) to the manager without being asked. Uses UDP.',
      es: 'Avisos SNMP (traps): los equipos comunican sucesos (se cayó un enlace) al gestor sin que este pregunte. Usa UDP.',
    },
  },
  {
    port: 389,
    protocols: ['tcp'],
    service: 'LDAP',
    ianaName: 'ldap',
    nickname: { en: 'directory', es: 'directorio' },
    rfc: 4511,
    reservedBoth: true,
    summary: {
      en: 'Lightweight Directory Access Protocol: looks up users, groups and addresses in an organisation’s directory. Uses TCP.',
      es: 'Protocolo ligero de acceso a directorios: consulta usuarios, grupos y direcciones en el directorio de una organización. Usa TCP.',
    },
  },
  {
    port: 443,
    protocols: ['tcp', 'udp'],
    service: 'HTTPS',
    ianaName: 'https',
    nickname: { en: 'secure web', es: 'web segura' },
    rfc: 9110,
    reservedBoth: true,
    summary: {
      en: 'The web encrypted with TLS. HTTP/1.1 and HTTP/2 use TCP; HTTP/3 runs over QUIC, which uses UDP, so both are really used here.',
      es: 'La web cifrada con TLS. HTTP/1.1 y HTTP/2 usan TCP; HTTP/3 va sobre QUIC, que usa UDP, así que aquí se usan de verdad los dos.',
    },
  },
  {
    port: 514,
    protocols: ['udp'],
    service: 'Syslog',
    ianaName: 'syslog',
    nickname: { en: 'system logs', es: 'registros del sistema' },
    rfc: 5426,
    reservedBoth: false,
    otherService: { protocol: 'tcp', service: 'rsh (shell)' },
    summary: {
      en: 'Syslog: devices send their log messages to a central server, one UDP datagram each. Here the numbers are independent: TCP 514 is a different, old service (rsh, the remote shell).',
      es: 'Syslog: los equipos envían sus mensajes de registro a un servidor central, un datagrama UDP cada uno. Aquí los números son independientes: el 514 de TCP es otro servicio antiguo (rsh, el shell remoto).',
    },
  },
  {
    port: 587,
    protocols: ['tcp'],
    service: 'Submission',
    ianaName: 'submission',
    nickname: { en: 'send mail', es: 'enviar correo' },
    rfc: 6409,
    reservedBoth: true,
    summary: {
      en: 'Mail submission: your mail program hands a new message to your provider’s server, after logging in. Uses TCP.',
      es: 'Envío de correo: tu programa de correo entrega un mensaje nuevo al servidor de tu proveedor, tras identificarse. Usa TCP.',
    },
  },
  {
    port: 993,
    protocols: ['tcp'],
    service: 'IMAPS',
    ianaName: 'imaps',
    nickname: { en: 'encrypted IMAP', es: 'IMAP cifrado' },
    rfc: 8314,
    reservedBoth: true,
    summary: {
      en: 'IMAP inside a TLS-encrypted connection, so nobody on the way can read the mail. Uses TCP.',
      es: 'IMAP dentro de una conexión cifrada con TLS, para que nadie por el camino pueda leer el correo. Usa TCP.',
    },
  },
  {
    port: 995,
    protocols: ['tcp'],
    service: 'POP3S',
    ianaName: 'pop3s',
    nickname: { en: 'encrypted POP3', es: 'POP3 cifrado' },
    rfc: 8314,
    reservedBoth: true,
    summary: {
      en: 'POP3 inside a TLS-encrypted connection, so nobody on the way can read the mail. Uses TCP.',
      es: 'POP3 dentro de una conexión cifrada con TLS, para que nadie por el camino pueda leer el correo. Usa TCP.',
    },
  },
  {
    port: 3306,
    protocols: ['tcp'],
    service: 'MySQL',
    ianaName: 'mysql',
    nickname: { en: 'database', es: 'base de datos' },
    reservedBoth: true,
    summary: {
      en: 'MySQL and MariaDB database servers: programs send SQL queries and get rows back. Uses TCP. Not an Internet standard, so there is no RFC.',
      es: 'Servidores de bases de datos MySQL y MariaDB: los programas envían consultas SQL y reciben filas. Usa TCP. No es un estándar de Internet, así que no tiene RFC.',
    },
  },
  {
    port: 5353,
    protocols: ['udp'],
    service: 'mDNS',
    ianaName: 'mdns',
    nickname: { en: 'local names', es: 'nombres locales' },
    rfc: 6762,
    reservedBoth: true,
    summary: {
      en: 'Multicast DNS: machines on the same network find each other by name (printer.local) without a DNS server. Uses UDP.',
      es: 'DNS multidifusión: las máquinas de una misma red se encuentran por nombre (impresora.local) sin servidor DNS. Usa UDP.',
    },
  },
  {
    port: 5432,
    protocols: ['tcp'],
    service: 'PostgreSQL',
    ianaName: 'postgresql',
    nickname: { en: 'database', es: 'base de datos' },
    reservedBoth: true,
    summary: {
      en: 'PostgreSQL database servers: programs send SQL queries and get rows back. Uses TCP. Not an Internet standard, so there is no RFC.',
      es: 'Servidores de bases de datos PostgreSQL: los programas envían consultas SQL y reciben filas. Usa TCP. No es un estándar de Internet, así que no tiene RFC.',
    },
  },
  {
    port: 8080,
    protocols: ['tcp'],
    service: 'HTTP alternate',
    ianaName: 'http-alt',
    nickname: { en: 'web, second port', es: 'web, segundo puerto' },
    reservedBoth: true,
    behaviour: 'http',
    summary: {
      en: 'A common second port for web servers. It is above 1024, so starting a server there needs no administrator rights: Puerto’s lab port for 80.',
      es: 'Un segundo puerto habitual para servidores web. Está por encima de 1024, así que arrancar un servidor ahí no necesita permisos de administrador: el puerto de laboratorio de Puerto para el 80.',
    },
  },
];
