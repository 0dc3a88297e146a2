import type { desktop as english } from '../en/desktop';

/** Textos de la aplicación de escritorio: menú, diálogos y los conceptos de la lección. */
export const desktop: typeof english = {
  menu: {
    file: 'Archivo',
    openLab: 'Abrir archivo de práctica…',
    saveLab: 'Guardar archivo de práctica como…',
    exportCapture: 'Exportar captura…',
    quit: 'Salir de Puerto',
    edit: 'Edición',
    undo: 'Deshacer',
    redo: 'Rehacer',
    cut: 'Cortar',
    copy: 'Copiar',
    paste: 'Pegar',
    selectAll: 'Seleccionar todo',
    view: 'Ver',
    language: 'Idioma',
    theme: 'Tema',
    themes: { system: 'Igual que el sistema', light: 'Claro', dark: 'Oscuro' },
    projector: 'Modo proyector',
    help: 'Ayuda',
    about: 'Acerca de Puerto',
    concepts: 'Conceptos de la lección…',
    hide: 'Ocultar Puerto',
    hideOthers: 'Ocultar otros',
    showAll: 'Mostrar todo',
  },
  about: {
    title: 'Acerca de Puerto',
    message: 'Puerto {version}',
    tagline: 'Laboratorio cliente–servidor con sockets TCP y UDP reales.',
    versions: 'Electron {electron} · Node.js {node} · Chromium {chrome}',
    license: 'Licencia: {license}',
    close: 'Aceptar',
  },
  close: {
    title: 'Hay servidores funcionando',
    messageOne: 'Un servidor sigue funcionando ({list}). ¿Pararlo y cerrar?',
    messageMany: 'Siguen funcionando {count} servidores ({list}). ¿Pararlos y cerrar?',
    detail:
      'Los clientes ya no podrán contactar con ellos. Los servidores marcados «Arrancar al abrir Puerto» volverán a arrancar la próxima vez que se abra Puerto.',
    stopAndClose: 'Parar los servidores y cerrar',
    cancel: 'Cancelar',
  },
  labFile: {
    filterName: 'Archivos de práctica de Puerto',
    openTitle: 'Abrir archivo de práctica',
    saveTitle: 'Guardar archivo de práctica como',
    defaultName: 'practica',
    openFailed: 'No se pudo abrir el archivo de práctica',
    openFailedMessage: 'No se pudo abrir {name}: {reason}',
    unchanged: 'Tu espacio de trabajo no ha cambiado.',
    saveFailed: 'No se pudo guardar el archivo de práctica',
    saveFailedMessage: 'No se pudo guardar {name}: {reason}',
    opened: 'Archivo de práctica abierto',
    close: 'Aceptar',
    problems: {
      notJson: 'no es JSON válido (puede que esté cortado o que se editara a mano).',
      notLabFile: 'no es un archivo de práctica de Puerto.',
      otherVersion: 'lo escribió otra versión de Puerto (formato {version}).',
      invalidValue: 'el valor de «{field}» no es válido.',
      tooLarge: 'es demasiado grande para ser un archivo de práctica ({size} MB).',
      cannotRead: 'el sistema no permitió leerlo ({errno}).',
      cannotWrite: 'el sistema no permitió escribirlo ({errno}).',
      workspaceNotSaved: 'no se pudo escribir el archivo del espacio de trabajo ({errno}).',
    },
  },
  concepts: {
    title: 'Conceptos de la lección',
    button: 'Conceptos de la lección',
    intro:
      'El modelo cliente–servidor de las aplicaciones de Internet en seis ideas, cada una con el lugar de Puerto donde se puede ver.',
    where: 'En Puerto',
    close: 'Cerrar',
    items: {
      serverFirst: {
        title: 'El servidor empieza primero y espera',
        text: 'Una aplicación, el servidor, empieza a ejecutarse primero y espera pasivamente la llegada de peticiones de clientes. Notifica al software TCP/IP el puerto en el que espera peticiones, que suele ser un valor conocido: puerto 80 Web, 21 FTP, 25 SMTP. Suele invocarse automáticamente en el arranque de la máquina, y el programa no termina.',
        where:
          'Servidores: «Arrancar servidor», y el servidor dice «escuchando». «Arrancar al abrir Puerto» es el servidor invocado en el arranque.',
      },
      clientContacts: {
        title: 'El cliente contacta con el servidor',
        text: 'El cliente es invocado por el usuario e inicia el contacto con el servidor. Debe especificar la máquina en que corre el servidor y el puerto en que espera. Su propio extremo de la conversación recibe un puerto que elige el sistema operativo, un puerto efímero.',
        where:
          'Clientes: la máquina y el puerto a contactar. La topología y el inspector de mensajes muestran el puerto efímero que recibió el cliente.',
      },
      requestResponse: {
        title: 'Petición y respuesta',
        text: 'El flujo de información puede ir en ambos sentidos. Lo más normal: el cliente contacta con el servidor y realiza una petición; el servidor contesta con la información solicitada.',
        where: 'El inspector de mensajes y la vista de conversación, como diagrama de secuencia.',
      },
      manyServers: {
        title: 'Varios servidores en una máquina',
        text: 'En la misma máquina pueden funcionar a la vez varios servidores de diferentes servicios; cada servicio viene identificado por un número de puerto, un entero de 16 bits (0–65535). Se suele llamar también «servidor» a la máquina en que se ejecuta la aplicación servidor.',
        where:
          'Arranca varios servidores en puertos distintos: la topología y «Esta máquina» los muestran uno junto a otro; «Puertos bien conocidos» lista los estándar.',
      },
      tcpUdp: {
        title: 'Los puertos TCP y UDP son independientes',
        text: 'Lo mismo sucede con UDP, con sus propios puertos de 16 bits: 53 DNS, 161 SNMP. Podríamos tener dos servidores de servicios diferentes empleando el mismo número, uno TCP y el otro UDP; con los servicios estándar se suelen reservar ambos.',
        where:
          'Arranca un servidor TCP y otro UDP en el mismo puerto, por ejemplo el 7007: los dos escuchan.',
      },
      iterativeConcurrent: {
        title: 'Servidores iterativos y concurrentes',
        text: 'Un servidor concurrente gestiona peticiones simultáneas de varios clientes. Un servidor iterativo atiende a un cliente cada vez; los clientes que llegan mientras tanto esperan en la cola de escucha.',
        where:
          'La opción «Atiende» del formulario del servidor. Un servidor iterativo muestra su cola de escucha, con los clientes que esperan su turno.',
      },
    },
  },
};
