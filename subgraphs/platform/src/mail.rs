//! Outgoing email: SMTP through `lettre`, or `.eml` files in a directory
//! when no SMTP server is configured (development, offline `stunxt up`).
//!
//! Every mail has an HTML part rendered from MJML with `mrml` and a plain
//! text part with the same content. Subgraphs describe a mail as a
//! [`Letter`] (heading, paragraphs, an optional call to action, a footer);
//! [`Letter::mjml`] lays it out in the platform's one template, escaping
//! every value, so no caller writes markup.

use std::{path::PathBuf, sync::Arc, time::Duration};

use anyhow::Context;
use lettre::{
    AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{
        Mailbox, MultiPart,
        header::{Header, HeaderName, HeaderValue},
    },
};
use secrecy::ExposeSecret;

use crate::config::Config;

/// Attempts per mail sent in the background before it is given up (and
/// logged as an error).
const BACKGROUND_ATTEMPTS: u32 = 3;

/// A link button in a mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Action {
    /// The button's text.
    pub label: String,
    /// Where it leads.
    pub url: String,
}

/// The content of one mail, in plain text; [`Letter::mjml`] and
/// [`Letter::text`] turn it into the two parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    /// Subject line.
    pub subject: String,
    /// First line of the body.
    pub heading: String,
    /// Body paragraphs.
    pub paragraphs: Vec<String>,
    /// An optional button.
    pub action: Option<Action>,
    /// Small print under the body (why the mail was sent).
    pub footer: Option<String>,
}

/// How a mail is dressed and filed beyond its content: whose name and
/// colour it carries, and how to stop mails like it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Envelope {
    /// Shown above the content and as the sender's name (a community's
    /// name, say).
    pub brand_name: Option<String>,
    /// Accent colour of the brand line and the button, `#rrggbb` (other
    /// values are ignored).
    pub brand_color: Option<String>,
    /// One-click unsubscribe (RFC 8058): sent as `List-Unsubscribe` with
    /// `List-Unsubscribe-Post`.
    pub unsubscribe_url: Option<String>,
}

impl Envelope {
    fn color(&self) -> &str {
        self.brand_color
            .as_deref()
            .filter(|c| {
                c.len() == 7 && c.starts_with('#') && c[1..].chars().all(|d| d.is_ascii_hexdigit())
            })
            .unwrap_or("#4f46e5")
    }
}

impl Letter {
    /// The MJML source of the HTML part (every value escaped).
    pub fn mjml(&self) -> String {
        self.mjml_in(&Envelope::default())
    }

    /// The MJML source of the HTML part in `envelope`'s brand.
    pub fn mjml_in(&self, envelope: &Envelope) -> String {
        let color = envelope.color();
        let mut body = String::new();
        if let Some(brand) = &envelope.brand_name {
            body.push_str(&format!(
                r#"<mj-text font-size="13px" font-weight="bold" color="{color}">{}</mj-text>"#,
                escape(brand)
            ));
        }
        body.push_str(&format!(
            r#"<mj-text font-size="20px" font-weight="bold">{}</mj-text>"#,
            escape(&self.heading)
        ));
        for paragraph in &self.paragraphs {
            body.push_str(&format!("<mj-text>{}</mj-text>", escape(paragraph)));
        }
        if let Some(action) = &self.action {
            body.push_str(&format!(
                r##"<mj-button href="{}" background-color="{color}" align="left">{}</mj-button><mj-text font-size="12px" color="#6b7280">{}</mj-text>"##,
                escape(&action.url),
                escape(&action.label),
                escape(&action.url)
            ));
        }
        if let Some(footer) = &self.footer {
            body.push_str(&format!(
                r##"<mj-divider border-width="1px" border-color="#e5e7eb" /><mj-text font-size="12px" color="#6b7280">{}</mj-text>"##,
                escape(footer)
            ));
        }
        format!(
            r#"<mjml><mj-head><mj-title>{}</mj-title><mj-attributes><mj-all font-family="Helvetica, Arial, sans-serif" /><mj-text font-size="15px" line-height="1.5" /></mj-attributes></mj-head><mj-body><mj-section><mj-column>{body}</mj-column></mj-section></mj-body></mjml>"#,
            escape(&self.subject)
        )
    }

    /// The plain-text part.
    pub fn text(&self) -> String {
        let mut text = format!("{}\n\n", self.heading);
        for paragraph in &self.paragraphs {
            text.push_str(paragraph);
            text.push_str("\n\n");
        }
        if let Some(action) = &self.action {
            text.push_str(&format!("{}: {}\n\n", action.label, action.url));
        }
        if let Some(footer) = &self.footer {
            text.push_str(&format!("--\n{footer}\n"));
        }
        text
    }

    /// The HTML part: [`Letter::mjml`] rendered by `mrml`.
    pub fn html(&self) -> anyhow::Result<String> {
        render_mjml(&self.mjml())
    }

    /// The HTML part in `envelope`'s brand.
    pub fn html_in(&self, envelope: &Envelope) -> anyhow::Result<String> {
        render_mjml(&self.mjml_in(envelope))
    }
}

/// Renders MJML source to HTML.
pub fn render_mjml(mjml: &str) -> anyhow::Result<String> {
    let parsed = mrml::parse(mjml).map_err(|e| anyhow::anyhow!("parsing MJML: {e}"))?;
    parsed
        .element
        .render(&mrml::prelude::render::RenderOptions::default())
        .map_err(|e| anyhow::anyhow!("rendering MJML: {e}"))
}

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `List-Unsubscribe: <url>`.
#[derive(Debug, Clone)]
struct ListUnsubscribe(String);

impl Header for ListUnsubscribe {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(s.to_owned()))
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.clone())
    }
}

/// `List-Unsubscribe-Post: List-Unsubscribe=One-Click`.
#[derive(Debug, Clone)]
struct ListUnsubscribePost;

impl Header for ListUnsubscribePost {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self)
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "List-Unsubscribe=One-Click".to_owned())
    }
}

enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files {
        transport: AsyncFileTransport<Tokio1Executor>,
        dir: PathBuf,
    },
}

/// Sends mail. Cheap to clone.
#[derive(Clone)]
pub struct Mailer {
    transport: Arc<Transport>,
    from: Mailbox,
    app_url: Arc<str>,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let transport = match self.transport.as_ref() {
            Transport::Smtp(_) => "smtp".to_owned(),
            Transport::Files { dir, .. } => format!("files in {}", dir.display()),
        };
        f.debug_struct("Mailer")
            .field("transport", &transport)
            .field("from", &self.from.to_string())
            .finish_non_exhaustive()
    }
}

impl Mailer {
    /// SMTP when `mail.smtp_url` is set, otherwise files in `mail.dir`
    /// (default `<database.data_dir>/mail`).
    pub fn from_config(config: &Config) -> anyhow::Result<Self> {
        let mail = &config.mail;
        let from: Mailbox = mail
            .from
            .parse()
            .with_context(|| format!("mail.from: {:?} is not a mail address", mail.from))?;
        let transport = match &mail.smtp_url {
            Some(url) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url.expose_secret())
                    .context("mail.smtp_url")?
                    .timeout(Some(Duration::from_secs(20)))
                    .build(),
            ),
            None => {
                let dir = config.mail_dir();
                Transport::Files {
                    transport: AsyncFileTransport::new(&dir),
                    dir,
                }
            }
        };
        Ok(Self {
            transport: Arc::new(transport),
            from,
            app_url: mail.app_url.trim_end_matches('/').into(),
        })
    }

    /// A link into the app: `<mail.app_url><path>?<query>` with the query
    /// values percent-encoded.
    pub fn app_link(&self, path: &str, query: &[(&str, &str)]) -> String {
        let mut link = format!("{}{path}", self.app_url);
        if !query.is_empty() {
            let encoded: String = url::form_urlencoded::Serializer::new(String::new())
                .extend_pairs(query)
                .finish();
            link.push('?');
            link.push_str(&encoded);
        }
        link
    }

    /// Sends `letter` to `to` and waits for the server (or the file) to take
    /// it.
    pub async fn send(&self, to: &str, letter: &Letter) -> anyhow::Result<()> {
        self.send_in(to, letter, &Envelope::default()).await
    }

    /// Sends `letter` to `to` dressed and filed as `envelope` says.
    pub async fn send_in(
        &self,
        to: &str,
        letter: &Letter,
        envelope: &Envelope,
    ) -> anyhow::Result<()> {
        let to: Mailbox = to
            .parse()
            .with_context(|| format!("{to:?} is not a mail address"))?;
        let from = match &envelope.brand_name {
            Some(brand) => Mailbox::new(Some(brand.clone()), self.from.email.clone()),
            None => self.from.clone(),
        };
        let mut builder = Message::builder()
            .from(from)
            .to(to.clone())
            .subject(letter.subject.clone());
        if let Some(url) = &envelope.unsubscribe_url {
            builder = builder
                .header(ListUnsubscribe(format!("<{url}>")))
                .header(ListUnsubscribePost);
        }
        let message = builder
            .multipart(MultiPart::alternative_plain_html(
                letter.text(),
                letter.html_in(envelope)?,
            ))
            .context("building a mail")?;
        match self.transport.as_ref() {
            Transport::Smtp(smtp) => {
                smtp.send(message).await.context("sending a mail by SMTP")?;
                tracing::info!(to = %to.email, subject = %letter.subject, "mail sent");
            }
            Transport::Files { transport, dir } => {
                tokio::fs::create_dir_all(dir)
                    .await
                    .with_context(|| format!("creating {}", dir.display()))?;
                let id = transport
                    .send(message)
                    .await
                    .context("writing a mail file")?;
                tracing::info!(
                    to = %to.email,
                    subject = %letter.subject,
                    file = %dir.join(format!("{id}.eml")).display(),
                    "mail written (no SMTP server configured)"
                );
            }
        }
        Ok(())
    }

    /// Sends `letter` from a background task, retrying with backoff, so the
    /// request that caused it does not wait on the mail server. Failures
    /// are logged.
    pub fn send_in_background(&self, to: String, letter: Letter) {
        let mailer = self.clone();
        tokio::spawn(async move {
            let mut delay = Duration::from_millis(500);
            for attempt in 1..=BACKGROUND_ATTEMPTS {
                match mailer.send(&to, &letter).await {
                    Ok(()) => return,
                    Err(err) if attempt == BACKGROUND_ATTEMPTS => {
                        tracing::error!(subject = %letter.subject, error = format!("{err:#}"), "mail given up");
                    }
                    Err(err) => {
                        tracing::warn!(
                            attempt,
                            error = format!("{err:#}"),
                            "mail failed; retrying"
                        );
                        tokio::time::sleep(delay).await;
                        delay *= 4;
                    }
                }
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn letter() -> Letter {
        Letter {
            subject: "Confirm <your> address".into(),
            heading: "Hello Ana & co".into(),
            paragraphs: vec!["Click \"below\".".into()],
            action: Some(Action {
                label: "Confirm".into(),
                url: "https://app.example/verify?token=a&b=<c>".into(),
            }),
            footer: Some("You signed up.".into()),
        }
    }

    #[test]
    fn html_part_is_rendered_and_escaped() {
        let html = letter().html().unwrap();
        assert!(html.starts_with("<!doctype html>"), "{html}");
        assert!(html.contains("Hello Ana &amp; co"));
        assert!(html.contains("Click &quot;below&quot;."));
        assert!(html.contains("href=\"https://app.example/verify?token=a&amp;b=&lt;c&gt;\""));
        assert!(!html.contains("<c>"));
    }

    #[test]
    fn text_part_has_the_same_content() {
        let text = letter().text();
        assert!(text.starts_with("Hello Ana & co\n\nClick \"below\".\n\n"));
        assert!(text.contains("Confirm: https://app.example/verify?token=a&b=<c>"));
        assert!(text.ends_with("--\nYou signed up.\n"));
    }

    #[tokio::test]
    async fn without_smtp_mails_are_written_to_files() {
        let dir = tempfile::tempdir().unwrap();
        let mut config = Config::default();
        config.database.data_dir = dir.path().to_owned();
        let mailer = Mailer::from_config(&config).unwrap();
        mailer.send("ana@example.org", &letter()).await.unwrap();
        let files: Vec<_> = std::fs::read_dir(dir.path().join("mail"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(files.len(), 1);
        let raw = std::fs::read_to_string(&files[0]).unwrap();
        assert!(raw.contains("To: ana@example.org"), "{raw}");
        assert!(raw.contains("multipart/alternative"));
    }

    #[test]
    fn links_into_the_app_encode_their_query() {
        let mut config = Config::default();
        config.mail.app_url = "https://app.example/".into();
        let mailer = Mailer::from_config(&config).unwrap();
        assert_eq!(
            mailer.app_link("/verify-email", &[("token", "a b&c")]),
            "https://app.example/verify-email?token=a+b%26c"
        );
    }
}
