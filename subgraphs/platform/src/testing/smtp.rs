//! A real SMTP server on loopback that keeps what it receives, so tests
//! check the mails a subgraph sends over the wire.
//!
//! It speaks the part of RFC 5321 a submitting client uses (`EHLO`/`HELO`,
//! `MAIL`, `RCPT`, `DATA` with dot-unstuffing, `RSET`, `NOOP`, `QUIT`) and
//! accepts every mail.

use std::time::Duration;

use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    net::{TcpListener, TcpStream},
    sync::{Mutex, mpsc},
    task::JoinHandle,
};

/// One mail as received.
#[derive(Debug, Clone)]
pub struct ReceivedMail {
    /// The envelope sender.
    pub from: String,
    /// The envelope recipients.
    pub to: Vec<String>,
    /// The message (headers and body) with quoted-printable soft line breaks
    /// and escapes decoded, so links can be read off it.
    pub message: String,
}

impl ReceivedMail {
    /// The value of the first `name=` query parameter in the mail, e.g. the
    /// token of a link `…?token=abc`.
    pub fn link_param(&self, name: &str) -> Option<String> {
        let needle = format!("{name}=");
        let start = self.message.find(&needle)? + needle.len();
        let value: String = self.message[start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '%'))
            .collect();
        (!value.is_empty()).then_some(value)
    }

    /// The `Subject` header.
    pub fn subject(&self) -> Option<&str> {
        self.message
            .lines()
            .find_map(|line| line.strip_prefix("Subject: "))
    }
}

/// The SMTP server; stops when dropped.
pub struct SmtpSink {
    /// Where it listens.
    pub addr: std::net::SocketAddr,
    received: Mutex<mpsc::UnboundedReceiver<ReceivedMail>>,
    task: JoinHandle<()>,
}

impl SmtpSink {
    /// Listens on 127.0.0.1 port 0.
    pub async fn start() -> anyhow::Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let (tx, rx) = mpsc::unbounded_channel();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let tx = tx.clone();
                tokio::spawn(async move {
                    let _ = session(stream, tx).await;
                });
            }
        });
        Ok(Self {
            addr,
            received: Mutex::new(rx),
            task,
        })
    }

    /// The `mail.smtp_url` that reaches this server (no TLS).
    pub fn url(&self) -> String {
        format!("smtp://{}", self.addr)
    }

    /// The next mail, waiting up to `timeout`.
    pub async fn next(&self, timeout: Duration) -> anyhow::Result<ReceivedMail> {
        let mut received = self.received.lock().await;
        tokio::time::timeout(timeout, received.recv())
            .await
            .map_err(|_| anyhow::anyhow!("no mail arrived within {timeout:?}"))?
            .ok_or_else(|| anyhow::anyhow!("the SMTP sink stopped"))
    }

    /// The next mail to `address`, skipping others, waiting up to `timeout`
    /// in all.
    pub async fn next_to(&self, address: &str, timeout: Duration) -> anyhow::Result<ReceivedMail> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            let mail = self.next(left).await?;
            if mail.to.iter().any(|to| to.eq_ignore_ascii_case(address)) {
                return Ok(mail);
            }
        }
    }

    /// Whether a mail arrives within `wait` (without keeping it).
    pub async fn is_quiet_for(&self, wait: Duration) -> bool {
        self.next(wait).await.is_err()
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn session(
    stream: TcpStream,
    tx: mpsc::UnboundedSender<ReceivedMail>,
) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read);
    write
        .write_all(b"220 localhost ESMTP test sink\r\n")
        .await?;
    let (mut from, mut to) = (String::new(), Vec::new());
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let command = line.trim_end().to_owned();
        let verb = command
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_ascii_uppercase();
        let reply: &[u8] = match verb.as_str() {
            "EHLO" => b"250-localhost\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n",
            "HELO" | "NOOP" => b"250 OK\r\n",
            "RSET" => {
                from.clear();
                to.clear();
                b"250 OK\r\n"
            }
            "MAIL" => {
                from = angle_address(&command);
                b"250 OK\r\n"
            }
            "RCPT" => {
                to.push(angle_address(&command));
                b"250 OK\r\n"
            }
            "DATA" => {
                write
                    .write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                    .await?;
                let mut data = String::new();
                loop {
                    line.clear();
                    if lines.read_line(&mut line).await? == 0 {
                        return Ok(());
                    }
                    if line == ".\r\n" || line == ".\n" {
                        break;
                    }
                    data.push_str(line.strip_prefix('.').unwrap_or(&line));
                }
                let decoded =
                    quoted_printable::decode(data.as_bytes(), quoted_printable::ParseMode::Robust)
                        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
                        .unwrap_or(data);
                let _ = tx.send(ReceivedMail {
                    from: std::mem::take(&mut from),
                    to: std::mem::take(&mut to),
                    message: decoded,
                });
                b"250 OK queued\r\n"
            }
            "QUIT" => {
                write.write_all(b"221 Bye\r\n").await?;
                return Ok(());
            }
            _ => b"502 Command not implemented\r\n",
        };
        write.write_all(reply).await?;
    }
}

/// The address between `<` and `>` in `MAIL FROM:<a@b>` / `RCPT TO:<a@b>`.
fn angle_address(command: &str) -> String {
    command
        .split_once('<')
        .and_then(|(_, rest)| rest.split_once('>'))
        .map(|(address, _)| address.to_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        config::Config,
        mail::{Letter, Mailer},
    };

    #[tokio::test]
    async fn receives_what_the_mailer_sends_over_smtp() {
        let sink = SmtpSink::start().await.unwrap();
        let mut config = Config::default();
        config.mail.smtp_url = Some(sink.url().into());
        let mailer = Mailer::from_config(&config).unwrap();
        let letter = Letter {
            subject: "Reset your password".into(),
            heading: "Hello".into(),
            paragraphs: vec!["Someone asked to reset your password.".into()],
            action: Some(crate::mail::Action {
                label: "Reset".into(),
                url: mailer.app_link("/reset-password", &[("token", "tok_123-abc")]),
            }),
            footer: None,
        };
        mailer.send("ana@example.org", &letter).await.unwrap();
        let mail = sink.next(Duration::from_secs(5)).await.unwrap();
        assert_eq!(mail.to, vec!["ana@example.org".to_owned()]);
        assert_eq!(mail.from, "no-reply@localhost");
        assert_eq!(mail.subject(), Some("Reset your password"));
        assert_eq!(mail.link_param("token").as_deref(), Some("tok_123-abc"));
        assert!(mail.message.contains("text/plain"));
        assert!(mail.message.contains("text/html"));
    }
}
