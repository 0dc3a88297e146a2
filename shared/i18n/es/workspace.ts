import type { workspace as english } from '../en/workspace';

/** Textos del propio espacio de trabajo: lo que se recuerda, capturas, proyector y atajos. */
export const workspace: typeof english = {
  title: 'Espacio de trabajo',
  layout: {
    sidebar: 'Servidores, clientes y compañeros',
    views: 'Vistas',
    inspector: 'Inspector',
    newServer: 'Nuevo…',
    newServerLabel: 'Nuevo servidor',
    newClient: 'Nuevo…',
    newClientLabel: 'Nuevo cliente',
    closeForm: 'Cerrar el formulario',
    close: 'Cerrar',
    settings: 'Ajustes',
    machineMore: 'Más sobre esta máquina',
    resizeSidebar: 'Arrastra para cambiar el ancho de la barra lateral',
    resizeInspector: 'Arrastra para cambiar la altura del inspector',
    resizeDetail: 'Arrastra para cambiar el tamaño del detalle del evento',
  },
  problems: {
    notJson: 'no es JSON válido (puede que esté cortado o que se editara a mano)',
    otherVersion: 'lo escribió otra versión de Puerto (formato {version})',
    invalidValue: 'el valor de «{field}» no es válido',
    cannotRead: 'el sistema no permitió leerlo ({errno})',
    cannotWrite: 'el sistema no permitió escribirlo ({errno})',
  },
  host: {
    file: 'Archivo del espacio de trabajo: {file}',
  },
  autostart: {
    started:
      'Arrancado el servidor {protocol} guardado en el puerto {port} (arrancar al abrir Puerto).',
    failed:
      'El servidor {protocol} guardado en el puerto {port} (arrancar al abrir Puerto) no arrancó:',
  },
  capture: {
    menu: 'Archivo de captura',
    exportJsonLines: 'Exportar JSON Lines (.jsonl)',
    exportCsv: 'Exportar CSV para hoja de cálculo',
    importJsonLines: 'Importar JSON Lines…',
    nothingToExport: 'Todavía no hay eventos que exportar.',
    exported:
      'No se guardó ningún evento en {name}. | Se guardó {count} evento en {name}. | Se guardaron {count} eventos en {name}.',
    imported:
      'Captura importada {name}, sin eventos. Es una grabación, no está en vivo: aquí no se puede enviar ni cerrar nada. | Captura importada {name}, con {count} evento. Es una grabación, no está en vivo: aquí no se puede enviar ni cerrar nada. | Captura importada {name}, con {count} eventos. Es una grabación, no está en vivo: aquí no se puede enviar ni cerrar nada.',
    exportedAt: 'Exportada el {date}.',
    backToLive: 'Volver a la captura en vivo',
    recording: {
      inspector: 'Grabación: importada de {name}, no en vivo',
      inspectorHelp:
        'Estos eventos se leyeron de un archivo de captura: sobre ellos no se puede enviar, responder ni cerrar nada. «Volver a la captura en vivo» muestra otra vez los eventos en vivo.',
      topology: 'El inspector muestra una grabación ({name})',
      topologyHelp:
        'Este dibujo sigue en vivo, pero no late mientras el inspector muestra eventos importados de un archivo.',
    },
    skipped: 'Líneas que no se pudieron leer, dejadas fuera: {count}.',
    more: 'Sin mostrar: {count} más.',
    dropped: 'Solo se cargaron los primeros {limit} eventos; dejados fuera: {count}.',
    problemLine: 'Línea {line}: {reason}',
    problems: {
      notJson: 'no es JSON válido.',
      notEvent: 'no es un evento de Puerto (el campo «{field}» falta o es incorrecto).',
      notCapture: 'este archivo no es una captura de Puerto.',
      otherVersion: 'esta captura la escribió otra versión de Puerto (formato {version}).',
    },
    tooLarge:
      'El archivo es demasiado grande para importarlo ({size} MB); el límite es {limit} MB.',
    noEvents: 'El archivo {name} no contiene eventos de Puerto.',
    readFailed: 'No se pudo leer el archivo {name}.',
    refused: 'No se importó el archivo {name}: {reason}',
  },
  projector: {
    label: 'Proyector',
    help: 'Letra más grande y líneas más gruesas, para el proyector del aula (Alt+P).',
  },
  shortcuts: {
    button: 'Atajos',
    title: 'Atajos de teclado',
    typing: 'Mientras escribes en una casilla, solo funcionan los atajos con Ctrl.',
    mac: 'En un Mac, usa ⌘ Comando en lugar de Ctrl y ⌥ Opción en lugar de Alt.',
    actions: {
      send: 'Enviar el mensaje',
      search: 'Buscar en los eventos',
      newServer: 'Ir a Nuevo servidor',
      newClient: 'Ir a Nuevo cliente',
      projector: 'Activar o desactivar el modo proyector',
      message: 'Ir a la casilla del mensaje',
    },
    keys: {
      send: 'Ctrl + Intro',
      search: 'Ctrl + F',
      newServer: 'Alt + S',
      newClient: 'Alt + C',
      projector: 'Alt + P',
      message: 'Alt + M',
    },
    /** Otra tecla que hace lo mismo, mostrada tras «o». */
    alternatives: {
      search: '/',
    },
    or: 'o',
  },
};
