"""The web app: `create_app(db, token)` -> FastAPI (run it with uvicorn, or `polemos serve`)."""
from .app import create_app

__all__ = ["create_app"]
