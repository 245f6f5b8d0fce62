"""Who vouches for a time: chain building, trust anchors (never the token's own certificates), settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evidence_app.core import trusted_time as tt
from evidence_app.core import tsa_trust
from evidence_app.core.errors import UserError
from evidence_app.core.settings import Settings
from tests.fixtures.tsa import TestTSA


def _token(url: str) -> bytes:
    return tt.request_token(url, "ab" * 32)


@pytest.mark.slow
def test_a_token_is_trusted_only_through_an_anchor_the_verifier_chose(tsa: TestTSA) -> None:
    signed = tt.token_signed_data(_token(tsa.url))
    (root,) = tsa_trust.load_cert_files([tsa.root_cert_path])
    (leaf,) = tsa_trust.load_cert_files([tsa.tsa_cert_path])

    alone = tsa_trust.evaluate(signed, tsa_trust.TrustAnchors())
    assert alone is not None and alone.trusted is False
    # the token carries its whole chain: the root is named, though not trusted
    assert alone.root_sha256 == tsa_trust.fingerprint(root) and alone.root_complete
    assert [tsa_trust.fingerprint(c) for c in alone.chain] == [
        tsa_trust.fingerprint(leaf),
        tsa_trust.fingerprint(root),
    ]
    given = tsa_trust.TrustAnchors.build([root])
    assert tsa_trust.evaluate(signed, given).trusted is True  # type: ignore[union-attr]
    from_settings = tsa_trust.TrustAnchors.build((), [tsa.root_cert_path.read_text("ascii")])
    assert tsa_trust.evaluate(signed, from_settings).trusted is True  # type: ignore[union-attr]

    fake = tt.token_signed_data(_token(tsa.fake_url))
    found = tsa_trust.evaluate(fake, given)
    assert found is not None and found.trusted is False
    assert "国家授时中心可信时间戳服务" in found.subject and found.root_complete
    # public CA roots do not make a self-made authority trusted either
    public = tsa_trust.TrustAnchors.build([root], use_public=True)
    assert len(public.public) > 50
    assert tsa_trust.evaluate(fake, public).trusted is False  # type: ignore[union-attr]


def test_what_trust_means_for_each_kind_of_certificate(
    tsa_certs: tuple[Path, Path], tmp_path: Path
) -> None:
    root_path, leaf_path = tsa_certs
    (root,) = tsa_trust.load_cert_files([root_path])
    (leaf,) = tsa_trust.load_cert_files([leaf_path])
    assert tsa_trust.is_tsa_anchor_candidate(root)  # a CA
    assert tsa_trust.is_tsa_anchor_candidate(leaf)  # fit for time-stamping
    from evidence_app.core.identity import load_signer

    owner = load_signer(tmp_path / "owner", b"passphrase", "王小明")
    (own,) = tsa_trust.load_cert_files([owner.identity.cert_path])
    assert not tsa_trust.is_tsa_anchor_candidate(own)  # names the signer expected instead
    assert tsa_trust.TrustAnchors.build([root, own]).given == (root,)
    assert tsa_trust.grouped("ab" * 8) == "abab abab abab abab"


def test_a_bad_trust_file_is_the_users_error(tmp_path: Path) -> None:
    bad = tmp_path / "root.crt"
    bad.write_text("no certificate here")
    with pytest.raises(UserError):
        tsa_trust.load_cert_files([bad])
    with pytest.raises(UserError):
        tsa_trust.load_cert_files([tmp_path / "missing.pem"])


def test_settings_keep_trusted_roots_typed(tmp_path: Path) -> None:
    Settings(trusted_tsa_roots=["PEM"], trust_public_roots=True).save(tmp_path)
    loaded = Settings.load(tmp_path)
    assert loaded.trusted_tsa_roots == ["PEM"] and loaded.trust_public_roots is True
    (tmp_path / "settings.json").write_text(
        json.dumps({"trusted_tsa_roots": "not a list", "trust_public_roots": "yes"})
    )
    odd = Settings.load(tmp_path)
    assert odd.trusted_tsa_roots == [] and odd.trust_public_roots is False


@pytest.fixture
def tsa_certs(tsa: TestTSA) -> tuple[Path, Path]:
    return tsa.root_cert_path, tsa.tsa_cert_path
