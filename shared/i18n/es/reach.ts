import type { reach as english } from '../en/reach';

export const reach: typeof english = {
  test: 'Probar si llega',
  testHelp:
    'Comprueba si hay un servidor esperando en este host y puerto, sin abrir un cliente ni enviar nada.',
  probing: 'Probando {protocol} {target}…',
  elapsed: 'en {ms} ms',
  outcomes: {
    reachable: 'Accesible',
    refused: 'Rechazado',
    'timed-out': 'Sin respuesta (tiempo agotado)',
    unreachable: 'Inalcanzable',
    'no-answer': 'Sin respuesta',
  },
  explain: {
    reachable: {
      tcp: 'El servidor aceptó la conexión (se completó el saludo en tres pasos de TCP): un cliente de esta máquina puede llegar a él.',
      udp: 'Volvió un datagrama del servidor: se puede llegar a él por UDP desde esta máquina.',
    },
    refused:
      'La máquina respondió, pero allí nada escucha en el puerto {port} de {protocol}. ¿Está el servidor iniciado, en ese puerto y con ese protocolo? Los puertos TCP y UDP son independientes: un servidor TCP no responde por UDP.',
    'timed-out':
      'Ninguna respuesta en {seconds} s: probablemente un cortafuegos en la máquina de tu compañero descarta los paquetes, o la dirección es incorrecta. Revisa la dirección y después permite el puerto en el cortafuegos de la máquina que ejecuta el servidor.',
    unreachable:
      'No se puede llegar a esta dirección desde aquí: es incorrecta, no hay ruta hasta ella o no se encontró el nombre.',
    'no-answer':
      'No volvió nada. UDP no tiene saludo en tres pasos como TCP, así que el silencio no distingue nada: o un cortafuegos descarta los datagramas, o el servidor nunca responde (un servidor discard, por ejemplo). Si debería responder, permite el puerto en el cortafuegos de la máquina que lo ejecuta.',
  },
  firewall: {
    title: 'Permitir el tráfico entrante en el cortafuegos',
    intro:
      'En la máquina que ejecuta el servidor, permite el tráfico {protocol} entrante en el puerto {port} para el programa {program}. Permítelo solo en redes privadas (el laboratorio).',
    platform: 'Sistema',
    platforms: { windows: 'Windows', linux: 'Linux', macos: 'macOS' },
    programs: { desktop: 'Puerto', browser: 'node (Node.js)' },
    steps: {
      windows: {
        prompt:
          'La primera vez que arranca un servidor, el Firewall de Windows Defender pregunta si permite {program}: marca «Redes privadas» y pulsa «Permitir acceso».',
        allowApp:
          'Si cerraste esa ventana: Panel de control → Firewall de Windows Defender → Permitir una aplicación o una característica a través de Firewall de Windows Defender → Cambiar la configuración → marca {program} en la columna Privada.',
      },
      linux: {
        terminal:
          'En un terminal, ejecuta la línea del cortafuegos que use tu distribución (sudo te pide la contraseña). Si no existe ninguna de las dos órdenes, ningún cortafuegos bloquea el puerto.',
      },
      macos: {
        prompt:
          'Cuando macOS pregunte si {program} puede aceptar conexiones de red entrantes, pulsa Permitir.',
        settings:
          'Si no: Ajustes del Sistema → Red → Firewall → Opciones → añade {program} con el botón + (o búscalo en la lista) y elige «Permitir conexiones entrantes».',
      },
    },
    commands: {
      powershell: 'O en PowerShell, ejecutado como administrador:',
      powershellUndo: 'Para quitar esa regla después:',
      ufw: 'Ubuntu, Debian, Mint (ufw):',
      ufwUndo: 'Para quitarla después (ufw):',
      firewalld: 'Fedora, RHEL, openSUSE (firewalld), hasta el próximo reinicio:',
      firewalldUndo: 'Para quitarla antes (firewalld):',
    },
  },
  server: {
    title: '¿Puede llegar mi compañero?',
    listensOn: 'Escucha en:',
    all: 'Espera en todas las interfaces: un compañero de tu red puede usar cualquiera de estas direcciones, salvo loopback, que solo sirve desde esta máquina.',
    allIPv4:
      'Espera en todas las interfaces IPv4 (0.0.0.0): un compañero de tu red puede usar cualquiera de estas direcciones, salvo loopback, que solo sirve desde esta máquina.',
    loopback:
      'Este servidor solo escucha en loopback ({address}): un compañero en otra máquina no puede llegar a él.',
    loopbackFix: 'Detenlo y vuelve a iniciarlo con «{field}: {choice}».',
    address: 'Espera en una sola dirección: tu compañero debe usar exactamente esta.',
    onlyThisMachine: 'solo esta máquina',
    partner: 'Tu compañero escribe',
    partnerHelp:
      'En su cliente: protocolo {protocol}, host {address}, puerto {port}. Su cliente elige un puerto efímero propio.',
    noPartner:
      'Ninguna de estas direcciones llega a otra máquina: conecta primero esta máquina a la red del laboratorio.',
    loading: 'Leyendo las direcciones de esta máquina…',
    firewall:
      'Si el cliente de tu compañero se queda sin respuesta, probablemente el cortafuegos de esta máquina descarta los paquetes.',
  },
};
