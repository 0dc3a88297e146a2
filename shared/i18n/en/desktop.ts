/**
 * Texts of the desktop shell: its menu, its dialogs (about, closing with servers running, lab
 * files) and the lecture concepts dialog the renderer shows. The renderer reads this namespace
 * through vue-i18n, so no `@`, `$` or `|`, and braces only around placeholders.
 */
export const desktop = {
  menu: {
    file: 'File',
    openLab: 'Open lab file…',
    saveLab: 'Save lab file as…',
    exportCapture: 'Export capture…',
    quit: 'Quit Puerto',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    language: 'Language',
    theme: 'Theme',
    themes: { system: 'Same as the system', light: 'Light', dark: 'Dark' },
    projector: 'Projector mode',
    help: 'Help',
    about: 'About Puerto',
    concepts: 'Lecture concepts…',
    hide: 'Hide Puerto',
    hideOthers: 'Hide others',
    showAll: 'Show all',
  },
  about: {
    title: 'About Puerto',
    message: 'Puerto {version}',
    tagline: 'Client–server lab with real TCP and UDP sockets.',
    versions: 'Electron {electron} · Node.js {node} · Chromium {chrome}',
    license: 'License: {license}',
    close: 'OK',
  },
  close: {
    title: 'Servers still running',
    messageOne: 'A server is still running ({list}). Stop it and close?',
    messageMany: '{count} servers are still running ({list}). Stop them and close?',
    detail:
      'Clients will no longer reach them. Servers marked “Start when Puerto starts” start again the next time Puerto opens.',
    stopAndClose: 'Stop servers and close',
    cancel: 'Cancel',
  },
  labFile: {
    filterName: 'Puerto lab files',
    openTitle: 'Open lab file',
    saveTitle: 'Save lab file as',
    defaultName: 'lab',
    openFailed: 'The lab file could not be opened',
    openFailedMessage: '{name} could not be opened: {reason}',
    unchanged: 'Your workspace was not changed.',
    saveFailed: 'The lab file could not be saved',
    saveFailedMessage: '{name} could not be saved: {reason}',
    opened: 'Lab file opened',
    close: 'OK',
    problems: {
      notJson: 'it is not valid JSON (it may have been cut short, or edited by hand).',
      notLabFile: 'it is not a Puerto lab file.',
      otherVersion: 'it was written by another version of Puerto (format {version}).',
      invalidValue: 'the value at “{field}” is not valid.',
      tooLarge: 'it is too large to be a lab file ({size} MB).',
      cannotRead: 'the system refused to read it ({errno}).',
      cannotWrite: 'the system refused to write it ({errno}).',
      workspaceNotSaved: 'the workspace file could not be written ({errno}).',
    },
  },
  concepts: {
    title: 'Lecture concepts',
    button: 'Lecture concepts',
    intro:
      'The client–server model of Internet applications, in six ideas, each with the place in Puerto where you can see it.',
    where: 'In Puerto',
    close: 'Close',
    items: {
      serverFirst: {
        title: 'The server starts first and waits',
        text: 'One application, the server, starts first and waits passively for the requests of clients. It tells the TCP/IP software the port it waits on, usually a well-known one: port 80 Web, 21 FTP, 25 SMTP. It is usually invoked automatically when the machine boots, and the program does not end.',
        where:
          'Servers: “Start server”, and the server says “listening”. “Start when Puerto starts” is the server invoked at boot.',
      },
      clientContacts: {
        title: 'The client contacts the server',
        text: 'The client is invoked by the user and initiates the contact. It must name the machine the server runs on and the port it waits on. Its own end of the conversation gets a port the operating system chooses, an ephemeral port.',
        where:
          'Clients: the machine and port to contact. The topology and the message inspector show the ephemeral port the client got.',
      },
      requestResponse: {
        title: 'Request and response',
        text: 'Information can flow both ways. The usual pattern: the client contacts the server and makes a request; the server answers with the information asked for.',
        where: 'The message inspector and the conversation view, as a sequence diagram.',
      },
      manyServers: {
        title: 'Many servers on one machine',
        text: 'Several servers for different services can run on the same machine at the same time; each service is identified by its port number, a 16-bit integer (0–65535). The machine that runs a server is also called “the server”.',
        where:
          'Start several servers on different ports: the topology and “This machine” show them side by side; “Well-known ports” lists the standard ones.',
      },
      tcpUdp: {
        title: 'TCP and UDP ports are independent',
        text: 'UDP works the same way, with its own 16-bit ports: 53 DNS, 161 SNMP. Two different services could use the same number, one on TCP and the other on UDP; standard services usually reserve both.',
        where:
          'Start a TCP server and a UDP server on the same port, for example 7007: both listen.',
      },
      iterativeConcurrent: {
        title: 'Iterative and concurrent servers',
        text: 'A concurrent server handles simultaneous requests from several clients. An iterative server serves one client at a time; the clients that arrive meanwhile wait in the listen queue.',
        where:
          'The server form’s “Serves” choice. An iterative server shows its listen queue, with the clients waiting for their turn.',
      },
    },
  },
};
