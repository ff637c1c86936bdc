//! The HTTP/1.1 layer of the local server: just enough of the protocol for `ureq` and
//! `curl`, on plain `std::net`, so that a fault can close a connection without answering
//! (which `tiny_http` cannot do: it always answers, with a 500 if need be).

use std::collections::HashMap;
use std::io::{self, BufRead, BufReader, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// A request as read from the wire.
pub(crate) struct WireRequest {
    pub(crate) method: String,
    pub(crate) target: String,
    /// Names lowercased.
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Vec<u8>,
}

/// What the handler wants done with a request.
pub(crate) enum Outcome {
    Reply {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    /// Answer the status and headers (with `content-length: len`), then let `write` send the
    /// body; the connection is closed afterwards (`write` may stop early or stall).
    Stream {
        status: u16,
        headers: Vec<(String, String)>,
        len: u64,
        write: Box<BodyWriter>,
    },
    /// Close the connection without answering.
    Disconnect,
}

pub(crate) type BodyWriter = dyn FnOnce(&mut dyn Write) -> io::Result<()> + Send;

pub(crate) type Handler = dyn Fn(WireRequest) -> Outcome + Send + Sync;

pub(crate) struct Listener {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    /// Open connections by number, so that dropping the server closes them.
    connections: Arc<Mutex<HashMap<u64, TcpStream>>>,
    accept: Option<JoinHandle<()>>,
}

impl Listener {
    pub(crate) fn start(handler: Arc<Handler>) -> io::Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let addr = listener.local_addr()?;
        let stop = Arc::new(AtomicBool::new(false));
        let connections = Arc::new(Mutex::new(HashMap::new()));
        let accept = {
            let stop = Arc::clone(&stop);
            let connections = Arc::clone(&connections);
            std::thread::Builder::new()
                .name("linebot-testkit-accept".into())
                .spawn(move || {
                    for (id, stream) in (0u64..).zip(listener.incoming()) {
                        if stop.load(Ordering::SeqCst) {
                            break;
                        }
                        let Ok(stream) = stream else { continue };
                        if let Ok(clone) = stream.try_clone() {
                            lock(&connections).insert(id, clone);
                        }
                        let handler = Arc::clone(&handler);
                        let connections = Arc::clone(&connections);
                        let _ = std::thread::Builder::new()
                            .name("linebot-testkit-conn".into())
                            .spawn(move || {
                                serve(stream, &*handler);
                                lock(&connections).remove(&id);
                            });
                    }
                })?
        };
        Ok(Self {
            addr,
            stop,
            connections,
            accept: Some(accept),
        })
    }

    pub(crate) fn addr(&self) -> SocketAddr {
        self.addr
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wakes the accept loop, which then sees the flag.
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
        if let Some(t) = self.accept.take() {
            let _ = t.join();
        }
        for (_, c) in lock(&self.connections).drain() {
            let _ = c.shutdown(Shutdown::Both);
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn serve(stream: TcpStream, handler: &Handler) {
    let _ = stream.set_nodelay(true);
    let Ok(read_half) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(read_half);
    let mut writer = stream;
    loop {
        let request = match read_request(&mut reader) {
            Ok(Some(r)) => r,
            Ok(None) => return,
            Err(_) => {
                let _ = write_reply(&mut writer, 400, &[], b"{\"message\":\"Bad request\"}");
                return;
            }
        };
        let close = request
            .headers
            .iter()
            .any(|(k, v)| k == "connection" && v.eq_ignore_ascii_case("close"));
        match handler(request) {
            Outcome::Reply {
                status,
                headers,
                body,
            } => {
                if write_reply(&mut writer, status, &headers, &body).is_err() || close {
                    return;
                }
            }
            Outcome::Stream {
                status,
                headers,
                len,
                write,
            } => {
                let head = head(status, &headers, len);
                let _ = writer
                    .write_all(head.as_bytes())
                    .and_then(|()| writer.flush())
                    .and_then(|()| write(&mut writer))
                    .and_then(|()| writer.flush());
                let _ = writer.shutdown(Shutdown::Both);
                return;
            }
            Outcome::Disconnect => {
                let _ = writer.shutdown(Shutdown::Both);
                return;
            }
        }
    }
}

fn read_request(reader: &mut impl BufRead) -> io::Result<Option<WireRequest>> {
    let mut line = String::new();
    if reader.read_line(&mut line)? == 0 {
        return Ok(None);
    }
    let mut parts = line.split_whitespace();
    let (Some(method), Some(target)) = (parts.next(), parts.next()) else {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "request line"));
    };
    let (method, target) = (method.to_owned(), target.to_owned());
    let mut headers = Vec::new();
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        let l = line.trim_end_matches(['\r', '\n']);
        if l.is_empty() {
            break;
        }
        let Some((k, v)) = l.split_once(':') else {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "header"));
        };
        headers.push((k.trim().to_ascii_lowercase(), v.trim().to_owned()));
    }
    let header = |name: &str| {
        headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let mut body = Vec::new();
    if header("transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked")) {
        loop {
            line.clear();
            reader.read_line(&mut line)?;
            let size = usize::from_str_radix(line.trim().split(';').next().unwrap_or(""), 16)
                .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "chunk size"))?;
            let mut chunk = vec![0; size + 2];
            reader.read_exact(&mut chunk)?;
            if size == 0 {
                break;
            }
            body.extend_from_slice(&chunk[..size]);
        }
    } else if let Some(len) = header("content-length") {
        let len: usize = len
            .parse()
            .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "content-length"))?;
        body.resize(len, 0);
        reader.read_exact(&mut body)?;
    }
    Ok(Some(WireRequest {
        method,
        target,
        headers,
        body,
    }))
}

fn write_reply(
    w: &mut impl Write,
    status: u16,
    headers: &[(String, String)],
    body: &[u8],
) -> io::Result<()> {
    // One write: head and body in separate segments would meet Nagle and delayed ACKs.
    let mut bytes = head(status, headers, body.len() as u64).into_bytes();
    bytes.extend_from_slice(body);
    w.write_all(&bytes)?;
    w.flush()
}

fn head(status: u16, headers: &[(String, String)], len: u64) -> String {
    let mut head = format!("HTTP/1.1 {status} {}\r\n", reason(status));
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str(&format!("content-length: {len}\r\n\r\n"));
    head
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        202 => "Accepted",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        409 => "Conflict",
        411 => "Length Required",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Status",
    }
}
