import pytest

from extract.ner import default_data_dir


@pytest.fixture(scope="session")
def data_dir():
    d = default_data_dir()
    if not (d / "norne" / "nob").is_dir():
        pytest.skip(f"NorNE not available under {d} (../shared/data)")
    return d
