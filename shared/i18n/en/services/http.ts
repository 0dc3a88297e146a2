/**
 * The http service: its own pages (welcome, POST echo, folder listing, errors) and the
 * inspector's explanation of every line of a request or a response.
 */
export const http = {
  welcome: {
    title: 'Puerto: the lab web server',
    intro:
      'Your client (a browser, curl…) opened a TCP connection to port {port} of this machine and sent the request below. This page is the server’s response.',
    requestTitle: 'What your client sent: the request',
    requestLine:
      'The first line is the request line: the method ({method}: what to do), the target ({target}: what it wants) and the version of the protocol ({version}).',
    headers:
      'Then come the headers, one per line as “Name: value”: extra information, such as Host (which site the client wants) or User-Agent (which program is asking).',
    emptyLine:
      'An empty line ends the headers. A GET request has nothing after it; a POST request carries its data there: the body.',
    responseTitle: 'What the server sends back: the response',
    response:
      'A status line (HTTP/1.1 200 OK: here it is), headers such as Content-Type (what kind of data follows) and Content-Length (how many bytes), an empty line, and then the body: this very page.',
    tryTitle: 'Try it yourself',
    tryCurl:
      'See both sides of the conversation with curl (-v shows the request and the response headers):',
    tryNetcat:
      'Or type the request by hand with netcat: the request line, the Host header, and then an empty line (press Enter twice).',
    tryPost:
      'Send a POST request: this form puts the text in the body of the request, and the server answers with what it received.',
    message: 'Message',
    sample: 'hello, server',
    send: 'Send',
    inspector: 'In Puerto’s inspector, every line of this conversation is explained.',
  },
  echo: {
    title: 'The server received your POST request',
    intro:
      'Method {method}, target {target}. The body came after the empty line that ends the headers: {bytes} bytes.',
    headTitle: 'Request line and headers',
    bodyTitle: 'Body ({bytes} bytes)',
    bodyEmpty: 'The body was empty.',
    bodyBinary: 'The body is not text; here are its first bytes in hexadecimal:',
    truncated: 'Only the first {shown} bytes are shown.',
    fieldsTitle: 'Form fields',
    fields:
      'A form sends its fields as name=value pairs joined by “&”, with spaces and special characters encoded (application/x-www-form-urlencoded). Decoded:',
  },
  listing: {
    title: 'Contents of {path}',
    intro:
      'This folder has no index.html, so the server lists what it holds. Each name is a link: following it sends a new GET request.',
    empty: 'This folder is empty.',
    name: 'Name',
    size: 'Size (bytes)',
    modified: 'Modified (UTC)',
  },
  status: {
    s400: {
      title: 'Bad Request',
      explain:
        'The server could not understand the request: its request line or headers are not valid HTTP.',
    },
    s403: {
      title: 'Forbidden',
      explain:
        'The server will not give {path}: the path tries to leave the served folder, or names something that is not a file to read.',
    },
    s404: {
      title: 'Not Found',
      explain: 'Nothing is published at {path} on this server.',
    },
    s405: {
      title: 'Method Not Allowed',
      explain:
        'This server does not accept the method {method}. It accepts GET, HEAD and POST (the Allow header says so too).',
    },
    s408: {
      title: 'Request Timeout',
      explain:
        'The request line and headers did not arrive within {seconds} seconds, so the server stopped waiting and closed the connection (header timeout).',
    },
    s413: {
      title: 'Content Too Large',
      explain: 'The body of the request is larger than this server accepts: at most {limit} bytes.',
    },
    s431: {
      title: 'Request Header Fields Too Large',
      explain: 'The request line and headers together are larger than this server accepts.',
    },
    s500: {
      title: 'Internal Server Error',
      explain: 'Something failed in the server while it was answering. Try again.',
    },
  },
  lines: {
    request: {
      get: 'the client asks for {target} (method GET, version {version})',
      head: 'the client asks only for the headers of {target}, without its body (method HEAD)',
      post: 'the client sends data to {target}: the body comes after the headers (method POST)',
      other: 'the client uses the method {method} on {target}',
      malformed: 'not a valid request line (method, target, version): the server answers 400',
    },
    status: {
      s100: '{status}: go on, send the body',
      s200: '{status} OK: here it is',
      s204: '{status}: done, and there is no body',
      s301: '{status}: it moved for good; the Location header says where',
      s304: '{status}: not modified since the copy the client has; use that one',
      s400: '{status}: the server did not understand the request',
      s403: '{status}: forbidden, the server refuses to give it',
      s404: '{status}: nothing with that name here',
      s405: '{status}: this method is not allowed here; the Allow header lists the ones that are',
      s408: '{status}: the server stopped waiting for the request head (header timeout)',
      s413: '{status}: the body is larger than the server accepts',
      s431: '{status}: the request line and headers are larger than the server accepts',
      s500: '{status}: the server failed while answering',
      s501: '{status}: the server does not know how to do that',
      s505: '{status}: the server does not speak that version of HTTP',
      class1: '{status}: information, the real answer comes later',
      class2: '{status}: success',
      class3: '{status}: look elsewhere (redirection)',
      class4: '{status}: the request has a problem (client error)',
      class5: '{status}: the server has a problem (server error)',
      malformed: 'not a valid status line',
    },
    headers: {
      host: 'which site the client wants (one machine can serve many names)',
      userAgent: 'which program is asking',
      accept: 'which kinds of content the client can take',
      acceptLanguage: 'which languages the reader prefers',
      acceptEncoding: 'which compressions the client understands',
      connection: 'whether the connection stays open for more requests (keep-alive) or closes',
      keepAlive: 'how long an idle connection is kept open',
      contentType: 'what kind of data the body holds',
      contentLength: 'how many bytes the body has: this is how the other side knows where it ends',
      transferEncoding: 'the body comes in chunks, each with its size first (chunked)',
      expect: 'the client waits for “100 Continue” before sending a large body',
      date: 'when the server answered',
      server: 'which server program answered',
      lastModified: 'when the file last changed',
      location: 'where the resource is now',
      allow: 'the methods this server accepts',
      cacheControl: 'whether and how long a copy may be kept',
      cookie: 'data the server asked the client to keep and send back',
      setCookie: 'data the server asks the client to keep and send back later',
      referer: 'the page the client came from',
      origin: 'the site whose page sent this request',
      ifModifiedSince: 'send it only if it changed since this date',
      range: 'only part of the body is wanted',
      authorization: 'credentials to prove who the client is',
      contentSecurityPolicy: 'what the page may load or run (a browser security rule)',
      contentTypeOptions: 'the browser must trust Content-Type and not guess the kind of data',
      other: 'a header: extra information ({name})',
      malformed: 'not a valid header line (Name: value)',
    },
    endOfHead: 'empty line: the headers end here',
    body: 'body: {bytes} bytes of data',
    chunkSize: 'chunk size in hexadecimal: {bytes} bytes follow',
    lastChunk: 'a chunk of size 0: the body ends here',
    moreLines: '…and {count} more lines',
  },
};
