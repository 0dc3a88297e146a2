/**
 * Texts of the workspace itself: what is remembered between runs, capture files, projector
 * mode and keyboard shortcuts. Shown by vue-i18n, so no `@`, `$` or `|`, and braces only
 * around placeholders.
 */
export const workspace = {
  title: 'Workspace',
  layout: {
    sidebar: 'Servers, clients and classmates',
    views: 'Views',
    inspector: 'Inspector',
    newServer: 'New…',
    newServerLabel: 'New server',
    newClient: 'New…',
    newClientLabel: 'New client',
    closeForm: 'Close the form',
    close: 'Close',
    settings: 'Settings',
    machineMore: 'More about this machine',
    resizeSidebar: 'Drag to resize the sidebar',
    resizeInspector: 'Drag to resize the inspector',
    resizeDetail: 'Drag to resize the event detail',
  },
  problems: {
    notJson: 'it is not valid JSON (it may have been cut short, or edited by hand)',
    otherVersion: 'it was written by another version of Puerto (format {version})',
    invalidValue: 'the value at “{field}” is not valid',
    cannotRead: 'the system refused to read it ({errno})',
    cannotWrite: 'the system refused to write it ({errno})',
  },
  host: {
    file: 'Workspace file: {file}',
  },
  autostart: {
    started: 'Started the saved {protocol} server on port {port} (start when Puerto starts).',
    failed: 'The saved {protocol} server on port {port} (start when Puerto starts) did not start:',
  },
  capture: {
    menu: 'Capture file',
    exportJsonLines: 'Export JSON Lines (.jsonl)',
    exportCsv: 'Export CSV for a spreadsheet',
    importJsonLines: 'Import JSON Lines…',
    nothingToExport: 'There are no events to export yet.',
    exported:
      'Saved no events to {name}. | Saved {count} event to {name}. | Saved {count} events to {name}.',
    imported:
      'Imported capture {name}, with no events. It is a recording, not live: nothing here can be sent or closed. | Imported capture {name}, with {count} event. It is a recording, not live: nothing here can be sent or closed. | Imported capture {name}, with {count} events. It is a recording, not live: nothing here can be sent or closed.',
    exportedAt: 'Exported on {date}.',
    backToLive: 'Back to the live capture',
    recording: {
      inspector: 'Recording — imported from {name}, not live',
      inspectorHelp:
        'These events were read from a capture file: nothing on them can be sent, answered or closed. “Back to the live capture” shows the live events again.',
      topology: 'The inspector shows a recording ({name})',
      topologyHelp:
        'This drawing stays live, but it does not pulse while the inspector shows events imported from a file.',
    },
    skipped: 'Lines that could not be read, left out: {count}.',
    more: 'Not listed: {count} more.',
    dropped: 'Only the first {limit} events were loaded; left out: {count}.',
    problemLine: 'Line {line}: {reason}',
    problems: {
      notJson: 'not valid JSON.',
      notEvent: 'not a Puerto event (the field “{field}” is missing or wrong).',
      notCapture: 'this file is not a Puerto capture.',
      otherVersion: 'this capture was written by another version of Puerto (format {version}).',
    },
    tooLarge: 'The file is too large to import ({size} MB); the limit is {limit} MB.',
    noEvents: 'The file {name} holds no Puerto events.',
    readFailed: 'The file {name} could not be read.',
    refused: 'The file {name} was not imported: {reason}',
  },
  projector: {
    label: 'Projector',
    help: 'Larger type and thicker lines, for a classroom projector (Alt+P).',
  },
  shortcuts: {
    button: 'Shortcuts',
    title: 'Keyboard shortcuts',
    typing: 'While you type in a box, only the shortcuts with Ctrl work.',
    mac: 'On a Mac, use ⌘ Command instead of Ctrl, and ⌥ Option instead of Alt.',
    actions: {
      send: 'Send the message',
      search: 'Search the events',
      newServer: 'Go to New server',
      newClient: 'Go to New client',
      projector: 'Projector mode on or off',
      message: 'Go to the message box',
    },
    keys: {
      send: 'Ctrl + Enter',
      search: 'Ctrl + F',
      newServer: 'Alt + S',
      newClient: 'Alt + C',
      projector: 'Alt + P',
      message: 'Alt + M',
    },
    /** A second key that does the same, shown after "or". */
    alternatives: {
      search: '/',
    },
    or: 'or',
  },
};
