//! JWT assertions (RS256) for channel access tokens v2.1 and stateless tokens.
//! <https://developers.line.biz/en/docs/messaging-api/generate-json-web-token/>

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use ring::rand::SystemRandom;
use ring::rsa::{KeyPairComponents, PublicKeyComponents};
use ring::signature::{RSA_PKCS1_SHA256, RsaKeyPair};
use serde::Deserialize;

use crate::limits::{ASSERTION_LIFETIME_MAX_SECS, TOKEN_EXP_MAX_SECS};

/// The `aud` LINE expects in an assertion.
pub const ASSERTION_AUDIENCE: &str = "https://api.line.me/";

/// How long an assertion stays valid (`exp - now`): LINE accepts at most 30 minutes.
const ASSERTION_LIFETIME_MAX: Duration = Duration::from_secs(ASSERTION_LIFETIME_MAX_SECS);

/// The longest token lifetime (`token_exp`) an assertion may ask for: 30 days.
const TOKEN_EXP_MAX: Duration = Duration::from_secs(TOKEN_EXP_MAX_SECS);

/// Why an assertion could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AssertionError {
    /// The private key could not be read (not PEM/DER/JWK, not RSA, or rejected).
    #[error("invalid assertion signing key: {0}")]
    InvalidKey(String),
    /// `token_exp` is longer than 30 days.
    #[error("token_exp must be at most {max} s, found {actual} s")]
    TokenExpTooLong {
        /// 30 days, in seconds.
        max: u64,
        /// What was asked.
        actual: u64,
    },
    /// Signing failed.
    #[error("cannot sign the assertion")]
    Signing,
}

/// The private half of a channel's assertion signing key (RSA 2048, RS256), with the key
/// ID (`kid`) LINE gave when its public half was registered.
///
/// ```
/// use std::time::Duration;
/// use linebot::client::token::AssertionSigningKey;
///
/// let pem = std::fs::read_to_string("tests/keys/assertion_key.pem")?;
/// let key = AssertionSigningKey::from_pem("my-kid", &pem)?;
/// let jwt = key.client_assertion("1234567890", Duration::from_secs(86_400))?;
/// assert_eq!(jwt.split('.').count(), 3);
/// // client.issue_channel_token_by_jwt(jwt)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct AssertionSigningKey {
    kid: String,
    key: RsaKeyPair,
}

impl fmt::Debug for AssertionSigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AssertionSigningKey")
            .field("kid", &self.kid)
            .field("key", &"<redacted>")
            .finish()
    }
}

#[derive(Deserialize)]
#[allow(non_snake_case)]
struct Jwk {
    kty: String,
    n: String,
    e: String,
    d: String,
    p: String,
    q: String,
    dp: String,
    dq: String,
    qi: String,
}

impl AssertionSigningKey {
    /// Reads a PEM private key: PKCS#8 (`BEGIN PRIVATE KEY`) or PKCS#1
    /// (`BEGIN RSA PRIVATE KEY`).
    ///
    /// # Errors
    /// [`AssertionError::InvalidKey`].
    pub fn from_pem(kid: impl Into<String>, pem: &str) -> Result<Self, AssertionError> {
        let pkcs1 = pem.contains("BEGIN RSA PRIVATE KEY");
        let body: String = pem
            .lines()
            .filter(|l| !l.starts_with("-----"))
            .flat_map(|l| l.trim().chars())
            .collect();
        let der = STANDARD
            .decode(body)
            .map_err(|e| AssertionError::InvalidKey(format!("PEM body is not base64: {e}")))?;
        let key = if pkcs1 {
            RsaKeyPair::from_der(&der)
        } else {
            RsaKeyPair::from_pkcs8(&der)
        }
        .map_err(|e| AssertionError::InvalidKey(e.to_string()))?;
        Ok(Self {
            kid: kid.into(),
            key,
        })
    }

    /// Reads the private JSON Web Key LINE's guide has you generate (`kty`, `n`, `e`, `d`,
    /// `p`, `q`, `dp`, `dq`, `qi`).
    ///
    /// # Errors
    /// [`AssertionError::InvalidKey`].
    pub fn from_jwk(kid: impl Into<String>, jwk: &str) -> Result<Self, AssertionError> {
        let jwk: Jwk = serde_json::from_str(jwk)
            .map_err(|e| AssertionError::InvalidKey(format!("not a private RSA JWK: {e}")))?;
        if jwk.kty != "RSA" {
            return Err(AssertionError::InvalidKey(format!(
                "kty must be RSA, found {}",
                jwk.kty
            )));
        }
        let b = |name: &str, v: &str| {
            URL_SAFE_NO_PAD
                .decode(v.trim_end_matches('='))
                .map_err(|e| AssertionError::InvalidKey(format!("{name} is not base64url: {e}")))
        };
        let components = KeyPairComponents {
            public_key: PublicKeyComponents {
                n: b("n", &jwk.n)?,
                e: b("e", &jwk.e)?,
            },
            d: b("d", &jwk.d)?,
            p: b("p", &jwk.p)?,
            q: b("q", &jwk.q)?,
            dP: b("dp", &jwk.dp)?,
            dQ: b("dq", &jwk.dq)?,
            qInv: b("qi", &jwk.qi)?,
        };
        let key = RsaKeyPair::from_components(&components)
            .map_err(|e| AssertionError::InvalidKey(e.to_string()))?;
        Ok(Self {
            kid: kid.into(),
            key,
        })
    }

    /// The key ID.
    pub fn kid(&self) -> &str {
        &self.kid
    }

    /// A signed assertion for `channel_id`, valid for 30 minutes from now, asking for a
    /// token that lives `token_exp` (at most 30 days).
    ///
    /// # Errors
    /// [`AssertionError::TokenExpTooLong`], [`AssertionError::Signing`].
    pub fn client_assertion(
        &self,
        channel_id: &str,
        token_exp: Duration,
    ) -> Result<String, AssertionError> {
        self.client_assertion_at(channel_id, token_exp, SystemTime::now())
    }

    /// Like [`client_assertion`](Self::client_assertion), as if issued at `now` (RS256 is
    /// deterministic, so the same inputs give the same JWT).
    ///
    /// # Errors
    /// [`AssertionError::TokenExpTooLong`], [`AssertionError::Signing`].
    pub fn client_assertion_at(
        &self,
        channel_id: &str,
        token_exp: Duration,
        now: SystemTime,
    ) -> Result<String, AssertionError> {
        if token_exp > TOKEN_EXP_MAX {
            return Err(AssertionError::TokenExpTooLong {
                max: TOKEN_EXP_MAX.as_secs(),
                actual: token_exp.as_secs(),
            });
        }
        let now = now.duration_since(UNIX_EPOCH).unwrap_or_default();
        let header = serde_json::json!({ "alg": "RS256", "typ": "JWT", "kid": self.kid });
        let claims = serde_json::json!({
            "iss": channel_id,
            "sub": channel_id,
            "aud": ASSERTION_AUDIENCE,
            "exp": (now + ASSERTION_LIFETIME_MAX).as_secs(),
            "token_exp": token_exp.as_secs(),
        });
        let signing_input = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(header.to_string()),
            URL_SAFE_NO_PAD.encode(claims.to_string())
        );
        let mut signature = vec![0; self.key.public().modulus_len()];
        self.key
            .sign(
                &RSA_PKCS1_SHA256,
                &SystemRandom::new(),
                signing_input.as_bytes(),
                &mut signature,
            )
            .map_err(|_| AssertionError::Signing)?;
        Ok(format!(
            "{signing_input}.{}",
            URL_SAFE_NO_PAD.encode(signature)
        ))
    }
}
