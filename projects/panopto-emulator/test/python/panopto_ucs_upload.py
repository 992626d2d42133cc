"""Uploads a video to the emulator the way Panopto's upload-python-sample does (boto3 multipart to UploadTarget,
then a UCS manifest), over https with the certificate trusted through AWS_CA_BUNDLE / REQUESTS_CA_BUNDLE.

Usage: panopto_ucs_upload.py SERVER ACCESS_TOKEN FOLDER_ID VIDEO_FILE

Runs two uploads and prints one JSON object:
- "good": a manifest with <Date>, session and video <Cuts>, and the right Checksum; the session it made.
- "damaged": the same file declared with a wrong Checksum; the final state and message.
"""
import json
import os
import sys
import time
import zlib

import boto3
import requests
from botocore.config import Config

PART_SIZE = 5 * 1024 * 1024
DATE = "2024-03-05T09:30:00Z"


def manifest(file_name, checksum):
    return f"""<?xml version="1.0" encoding="utf-8"?>
<Session xmlns="http://tempuri.org/UniversalCaptureSpecification/v1">
  <Title>boto3 upload with cuts</Title>
  <Description>Uploaded by the emulator's boto3 test</Description>
  <Date>{DATE}</Date>
  <Videos>
    <Video>
      <Start>PT0S</Start>
      <File Checksum="{checksum}">{file_name}</File>
      <Cuts><Cut><Start>PT2.5S</Start><Duration>PT1S</Duration></Cut></Cuts>
      <Type>Primary</Type>
    </Video>
  </Videos>
  <Cuts><Cut><Start>PT1S</Start><Duration>PT0.5S</Duration></Cut></Cuts>
</Session>
"""


class Uploader:
    def __init__(self, server, token):
        self.server = server
        self.rest = requests.Session()
        self.rest.headers.update({"Authorization": f"Bearer {token}"})

    def create(self, folder_id):
        res = self.rest.post(f"https://{self.server}/Panopto/PublicAPI/REST/sessionUpload", json={"FolderId": folder_id})
        res.raise_for_status()
        return res.json()

    def s3_put(self, upload_target, file_name, data):
        # As the sample: UploadTarget = {endpoint}/{bucket}/{prefix}; the key is {prefix}/{file name}.
        elements = upload_target.split("/")
        prefix, bucket = elements[-1], elements[-2]
        endpoint = "/".join(elements[:-2])
        s3 = boto3.session.Session().client(
            service_name="s3",
            endpoint_url=endpoint,
            verify=os.environ["AWS_CA_BUNDLE"],
            aws_access_key_id="dummy",
            aws_secret_access_key="dummy",
            config=Config(signature_version="s3", s3={"addressing_style": "path"}),
            region_name="us-east-1",
        )
        key = f"{prefix}/{file_name}"
        mpu = s3.create_multipart_upload(Bucket=bucket, Key=key)
        parts = []
        for number, start in enumerate(range(0, len(data), PART_SIZE), start=1):
            part = s3.upload_part(
                Body=data[start : start + PART_SIZE], Bucket=bucket, Key=key, UploadId=mpu["UploadId"], PartNumber=number
            )
            parts.append({"PartNumber": number, "ETag": part["ETag"]})
        s3.complete_multipart_upload(
            Bucket=bucket, Key=key, UploadId=mpu["UploadId"], MultipartUpload={"Parts": parts}
        )
        return len(parts)

    def finish(self, upload):
        upload["State"] = 1
        res = self.rest.put(f"https://{self.server}/Panopto/PublicAPI/REST/sessionUpload/{upload['ID']}", json=upload)
        res.raise_for_status()
        for _ in range(600):
            body = self.rest.get(f"https://{self.server}/Panopto/PublicAPI/REST/sessionUpload/{upload['ID']}").json()
            if body["State"] in (2, 4, 5, 7, 8):
                return body
            time.sleep(0.05)
        raise RuntimeError("processing did not finish")

    def session(self, session_id):
        res = self.rest.get(f"https://{self.server}/Panopto/api/v1/sessions/{session_id}")
        res.raise_for_status()
        return res.json()


def main():
    server, token, folder_id, video_path = sys.argv[1:5]
    with open(video_path, "rb") as f:
        video = f.read()
    crc = format(zlib.crc32(video) & 0xFFFFFFFF, "08X")
    up = Uploader(server, token)
    out = {"crc32": crc}

    upload = up.create(folder_id)
    out["upload_target"] = upload["UploadTarget"]
    out["parts"] = up.s3_put(upload["UploadTarget"], "lecture.webm", video)
    up.s3_put(upload["UploadTarget"], "session.xml", manifest("lecture.webm", crc).encode("utf-8"))
    done = up.finish(upload)
    out["good"] = {"state": done["State"], "message": done["Message"]}
    if done["State"] == 4:
        session = up.session(done["SessionId"])
        out["good"]["session"] = {k: session[k] for k in ("StartTime", "Duration", "Name")}
        out["good"]["session"]["DownloadUrl"] = session["Urls"]["DownloadUrl"]

    wrong = "00000000" if crc != "00000000" else "FFFFFFFF"
    damaged = up.create(folder_id)
    up.s3_put(damaged["UploadTarget"], "lecture.webm", video)
    up.s3_put(damaged["UploadTarget"], "session.xml", manifest("lecture.webm", wrong).encode("utf-8"))
    failed = up.finish(damaged)
    out["damaged"] = {"state": failed["State"], "message": failed["Message"]}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
