"""The demo studio's documents: a waiver and a meal plan as real (small, valid) PDFs, shared and one signed."""

from __future__ import annotations

import io
from datetime import datetime, timedelta

import sqlalchemy as sa

from fitnesscrm.clients.models import Client
from fitnesscrm.core import storage
from fitnesscrm.core.storage.models import StoredFile
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.documents.models import Document, DocumentFolder, DocumentShare, DocumentVersion, WaiverSignature
from fitnesscrm.extensions import db


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(lines: list[str]) -> bytes:
    """A valid one-page A4 PDF showing `lines` in Helvetica (the first as a heading), with a correct xref table.

    Latin-1 text only: the standard fonts' encoding; other characters become "?".
    """
    text = ["BT", "/F1 18 Tf", "56 780 Td", f"({_escape(lines[0])}) Tj", "/F1 11 Tf", "0 -28 Td"]
    for line in lines[1:]:
        text += [f"({_escape(line)}) Tj", "0 -16 Td"]
    text.append("ET")
    stream = "\n".join(text).encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


WAIVER_V1 = [
    "Liability waiver",
    "I take part in training at this studio of my own free will.",
    "I understand that exercise carries a risk of injury, and I accept that risk.",
    "I will tell my coach about any injury, illness or medication that may affect my training.",
    "Sessions cancelled less than 12 hours ahead are charged in full.",
]
WAIVER_V2 = [
    *WAIVER_V1[:4],
    "Sessions cancelled less than 24 hours ahead are charged in full.",
    "Version 2: longer cancellation notice.",
]
MEAL_PLAN = [
    "High-protein week",
    "Breakfast: Greek yoghurt, oats and berries (35 g protein)",
    "Lunch: chicken, rice and greens (45 g protein)",
    "Snack: cottage cheese and fruit (20 g protein)",
    "Dinner: salmon, potatoes and salad (40 g protein)",
    "Aim for 2 litres of water a day.",
]
QUESTIONNAIRE = [
    "Health questionnaire",
    "1. Has a doctor ever said you have a heart condition?",
    "2. Do you feel pain in your chest when you are active?",
    "3. Do you lose your balance because of dizziness?",
    "4. Do you take medication for blood pressure?",
    "Bring this form, filled in, to your first session.",
]


class DocumentsBuilder:
    """Adds folders, three documents with real PDFs, their shares and waiver signatures to the demo transaction."""

    def __init__(self, *, now: datetime, organization_id: int, owner: Principal) -> None:
        self.now = now
        self.organization_id = organization_id
        self.owner = owner

    def file(self, lines: list[str], name: str) -> StoredFile:
        return storage.receive_upload(
            organization_id=self.organization_id,
            uploaded_by_user_id=self.owner.user_id,
            kind="document",
            stream=io.BytesIO(pdf_bytes(lines)),
            filename=name,
        )

    def document(
        self,
        title: str,
        category: str,
        folder: DocumentFolder,
        files: list[tuple[StoredFile, str | None]],
        *,
        days_ago: int,
        tags: list[str],
        description: str,
        shared_with_all: bool = False,
    ) -> Document:
        created = self.now - timedelta(days=days_ago)
        document = Document(
            organization_id=self.organization_id, folder_id=folder.id, title=title, category=category, tags=tags,
            description=description, shared_with_all=shared_with_all, version_count=len(files),
            created_by_user_id=self.owner.user_id, created_at=created, updated_at=created,
        )  # fmt: skip
        db.session.add(document)
        db.session.flush()
        versions = []
        for number, (stored, note) in enumerate(files, start=1):
            version = DocumentVersion(
                organization_id=self.organization_id, document_id=document.id, number=number,
                stored_file_id=stored.id, note=note, uploaded_by_user_id=self.owner.user_id,
                created_at=created + timedelta(days=(number - 1) * max(days_ago // 2, 1)),
            )  # fmt: skip
            db.session.add(version)
            versions.append(version)
        db.session.flush()
        document.current_version_id = versions[-1].id
        document.updated_at = versions[-1].created_at
        document.versions = versions
        return document

    def build(self) -> dict[str, int]:
        """Build everything in the current transaction; returns the rows written per kind."""
        folders = {
            name: DocumentFolder(organization_id=self.organization_id, name=name)
            for name in ("Waivers and forms", "Nutrition")
        }
        db.session.add_all(folders.values())
        db.session.flush()
        waiver = self.document(
            "Liability waiver", "waiver", folders["Waivers and forms"],
            [(self.file(WAIVER_V1, "liability-waiver.pdf"), None),
             (self.file(WAIVER_V2, "liability-waiver-v2.pdf"), "Cancellation notice is now 24 hours")],
            days_ago=60, tags=["legal", "onboarding"], shared_with_all=True,
            description="Every client signs this before their first session.",
        )  # fmt: skip
        meal_plan = self.document(
            "High-protein meal plan", "meal_plan", folders["Nutrition"],
            [(self.file(MEAL_PLAN, "high-protein-week.pdf"), None)],
            days_ago=20, tags=["nutrition", "muscle gain"],
            description="A week of meals at about 140 g of protein a day.",
        )  # fmt: skip
        questionnaire = self.document(
            "Health questionnaire", "form", folders["Waivers and forms"],
            [(self.file(QUESTIONNAIRE, "health-questionnaire.pdf"), None)],
            days_ago=45, tags=["onboarding"], description="Read before the first session.",
        )  # fmt: skip
        clients = db.session.execute(
            sa.select(Client.id, Client.first_name, Client.last_name, Client.user_id)
            .where(Client.organization_id == self.organization_id, Client.status == "active")
            .order_by(Client.user_id.is_(None), Client.id)
            .limit(8)
        ).all()
        shares = [
            {"organization_id": self.organization_id, "document_id": document.id, "client_id": client.id,
             "shared_by_user_id": self.owner.user_id, "created_at": document.created_at + timedelta(days=1)}
            for document, chosen in ((meal_plan, clients[:4]), (questionnaire, clients[:6]))
            for client in chosen
        ]  # fmt: skip
        db.session.execute(DocumentShare.__table__.insert(), shares)
        v1, v2 = waiver.versions
        signed = []
        # The portal's client signed the current version; a few others signed the first and are asked again.
        for n, client in enumerate(clients[:5]):
            version = v2 if n == 0 else v1
            stored = db.session.get(StoredFile, version.stored_file_id)
            signed.append({
                "organization_id": self.organization_id, "document_id": waiver.id, "version_id": version.id,
                "version_number": version.number, "client_id": client.id,
                "typed_name": f"{client.first_name} {client.last_name}", "consent": True, "sha256": stored.sha256,
                "signed_at": version.created_at + timedelta(days=1 + n), "ip_address": f"198.51.100.{20 + n}",
                "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Mobile/15E148 Safari/604.1",
            })  # fmt: skip
        db.session.execute(WaiverSignature.__table__.insert(), signed)
        return {"documents": 3, "versions": 4, "shares": len(shares), "signatures": len(signed)}


def add_to(*, now: datetime, organization_id: int, owner: Principal) -> dict[str, int]:
    """The demo studio's documents, in the current transaction."""
    return DocumentsBuilder(now=now, organization_id=organization_id, owner=owner).build()
